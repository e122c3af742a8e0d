package org.hlc.webinar.webinar;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** A webinar with its start also in the caller's zone ({@code timeZone}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebinarResponse(UUID id, UUID programmeId, UUID groupId, String topic, String title, UUID hostId,
        Instant startsAt, Instant endsAt, int durationMinutes, String timeZone, OffsetDateTime localStartsAt,
        OffsetDateTime localEndsAt, int capacity, int registeredCount, int waitlistCount, String joinUrl,
        String recordingUrl, String status, int sequence, boolean waitlist, String myRegistration,
        Integer myWaitlistPosition, long version) {

    static WebinarResponse of(Webinar w, long version, ZoneId zone, UUID caller) {
        String mine = null;
        Integer position = null;
        if (caller != null && w.registered().containsKey(caller)) {
            mine = "REGISTERED";
        } else if (caller != null && w.waitlist().containsKey(caller)) {
            mine = "WAITLISTED";
            position = w.waitlistOrder().indexOf(caller) + 1;
        }
        return new WebinarResponse(w.webinarId(), w.programmeId(), w.groupId(), w.topic(), w.title(), w.hostId(),
                w.startsAt(), w.endsAt(), w.durationMinutes(), zone.getId(),
                w.startsAt().atZone(zone).toOffsetDateTime(), w.endsAt().atZone(zone).toOffsetDateTime(),
                w.capacity(), w.registered().size(), w.waitlist().size(), w.joinUrl(), w.recordingUrl(), w.status(),
                w.sequence(), w.waitlistEnabled(), mine, position, version);
    }
}
