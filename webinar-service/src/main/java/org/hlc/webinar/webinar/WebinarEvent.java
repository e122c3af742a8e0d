package org.hlc.webinar.webinar;

import java.time.Instant;
import java.util.UUID;
import org.hlc.platform.events.EventType;

/** Facts about one webinar, all on its stream webinar-{webinarId}; the public contract on hlc.webinar.events. */
public sealed interface WebinarEvent {
    UUID webinarId();

    /** {@code waitlist} false: no waitlist when full (absent in payloads written before it existed = true). */
    @EventType("WebinarScheduled")
    record WebinarScheduled(UUID webinarId, UUID programmeId, UUID groupId, String topic, String title, UUID hostId,
            Instant startsAt, int durationMinutes, int capacity, String joinUrl, String scheduledBy,
            Instant scheduledAt, Boolean waitlist) implements WebinarEvent {

        public boolean waitlistEnabled() {
            return waitlist == null || waitlist;
        }
    }

    /** {@code sequence} counts reschedules (the iCalendar SEQUENCE of the event). */
    @EventType("WebinarRescheduled")
    record WebinarRescheduled(UUID webinarId, UUID programmeId, Instant startsAt, int durationMinutes,
            Instant previousStartsAt, int sequence, Instant rescheduledAt) implements WebinarEvent {
    }

    @EventType("WebinarCancelled")
    record WebinarCancelled(UUID webinarId, UUID programmeId, String reason, Instant cancelledAt)
            implements WebinarEvent {
    }

    @EventType("RecordingPublished")
    record RecordingPublished(UUID webinarId, String recordingUrl, Instant publishedAt) implements WebinarEvent {
    }

    @EventType("ParticipantRegistered")
    record ParticipantRegistered(UUID webinarId, UUID personId, String subject, Instant registeredAt)
            implements WebinarEvent {
    }

    /** The webinar was full: {@code position} is 1 for the first in line. */
    @EventType("ParticipantWaitlisted")
    record ParticipantWaitlisted(UUID webinarId, UUID personId, String subject, int position, Instant waitlistedAt)
            implements WebinarEvent {
    }

    @EventType("RegistrationCancelled")
    record RegistrationCancelled(UUID webinarId, UUID personId, boolean fromWaitlist, Instant cancelledAt)
            implements WebinarEvent {
    }

    /** A registration was freed and the first in line got the seat. */
    @EventType("WaitlistPromoted")
    record WaitlistPromoted(UUID webinarId, UUID personId, String subject, Instant promotedAt) implements WebinarEvent {
    }

    @EventType("AttendanceRecorded")
    record AttendanceRecorded(UUID webinarId, UUID programmeId, UUID personId, String subject, boolean attended,
            int presentMinutes, int requiredMinutes, int durationMinutes, Instant recordedAt) implements WebinarEvent {
    }
}
