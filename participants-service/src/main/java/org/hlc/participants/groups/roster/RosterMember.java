package org.hlc.participants.groups.roster;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A member as their coach sees them; zone and local time are left out if the member hides their time zone. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RosterMember(UUID personId, String displayName, String country, String timeZone,
        OffsetDateTime localTimeNow) {
}
