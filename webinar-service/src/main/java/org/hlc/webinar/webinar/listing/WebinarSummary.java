package org.hlc.webinar.webinar.listing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A webinar in a programme listing, with its start and end also in the caller's zone. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebinarSummary(UUID id, UUID programmeId, UUID groupId, String topic, String title, UUID hostId,
        Instant startsAt, int durationMinutes, String timeZone, OffsetDateTime localStartsAt,
        OffsetDateTime localEndsAt, int capacity, int registeredCount, int waitlistCount, String joinUrl,
        String recordingUrl, String status, int sequence) {
}
