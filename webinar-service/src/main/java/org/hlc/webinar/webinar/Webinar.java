package org.hlc.webinar.webinar;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A webinar's state folded from its stream. {@code registered} and {@code waitlist} map person id to token subject,
 * in arrival order (the waitlist's order is the promotion order). {@code waitlistEnabled} false: a full webinar
 * refuses further registrations instead of queueing them.
 */
public record Webinar(UUID webinarId, UUID programmeId, UUID groupId, String topic, String title, UUID hostId,
        Instant startsAt, int durationMinutes, int capacity, String joinUrl, String recordingUrl, boolean cancelled,
        int sequence, Map<UUID, String> registered, Map<UUID, String> waitlist, boolean waitlistEnabled) {

    public static final Webinar NONE = new Webinar(null, null, null, null, null, null, null, 0, 0, null, null, false,
            0, Map.of(), Map.of(), true);

    public boolean exists() {
        return webinarId != null;
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * durationMinutes);
    }

    public boolean full() {
        return registered.size() >= capacity;
    }

    public String status() {
        return cancelled ? "CANCELLED" : "SCHEDULED";
    }

    public List<UUID> waitlistOrder() {
        return List.copyOf(waitlist.keySet());
    }

    Webinar with(Map<UUID, String> newRegistered, Map<UUID, String> newWaitlist) {
        return new Webinar(webinarId, programmeId, groupId, topic, title, hostId, startsAt, durationMinutes, capacity,
                joinUrl, recordingUrl, cancelled, sequence, newRegistered, newWaitlist, waitlistEnabled);
    }

    Map<UUID, String> registeredCopy() {
        return new LinkedHashMap<>(registered);
    }

    Map<UUID, String> waitlistCopy() {
        return new LinkedHashMap<>(waitlist);
    }
}
