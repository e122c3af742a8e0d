package org.hlc.webinar.people;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A person as webinar-service knows them, with the wall-clock time where they are right now and the local windows
 * the scheduler uses (08:00-20:00 every day unless their profile says otherwise).
 */
public record AudienceMember(UUID id, String displayName, String timeZone, List<String> roles,
        OffsetDateTime localTimeNow, ObjectNode availability, long version) {
}
