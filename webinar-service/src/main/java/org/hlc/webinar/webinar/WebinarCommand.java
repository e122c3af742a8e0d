package org.hlc.webinar.webinar;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public sealed interface WebinarCommand {

    /**
     * {@code host} is what the audience read model knows about the host: null when unknown there.
     */
    record Schedule(UUID webinarId, UUID programmeId, UUID groupId, String topic, String title, UUID hostId,
            HostFacts host, Instant startsAt, int durationMinutes, int capacity, String joinUrl, boolean waitlist,
            String scheduledBy, Instant now) implements WebinarCommand {
    }

    record HostFacts(boolean expert) {
    }

    record Reschedule(Instant startsAt, int durationMinutes, Instant now) implements WebinarCommand {
    }

    record Cancel(String reason, Instant now) implements WebinarCommand {
    }

    record PublishRecording(String recordingUrl, Instant now) implements WebinarCommand {
    }

    /**
     * {@code inAudience}: the person belongs to the webinar's audience (the programme community, or the coaching
     * group), hosts it, or is an organizer.
     */
    record Register(UUID personId, String subject, boolean inAudience, Instant now) implements WebinarCommand {
    }

    record CancelRegistration(UUID personId, Instant now) implements WebinarCommand {
    }

    record RecordAttendance(UUID personId, String subject, List<Presence.Interval> intervals, double requiredShare,
            Instant now) implements WebinarCommand {
    }
}
