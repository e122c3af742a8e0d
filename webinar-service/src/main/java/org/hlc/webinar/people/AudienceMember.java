package org.hlc.webinar.people;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A person as webinar-service knows them, with the wall-clock time where they are right now. */
public record AudienceMember(UUID id, String displayName, String timeZone, List<String> roles,
        OffsetDateTime localTimeNow, long version) {
}
