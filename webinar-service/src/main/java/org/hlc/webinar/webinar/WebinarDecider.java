package org.hlc.webinar.webinar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.UUID;
import org.hlc.platform.eventstore.Decider;
import org.hlc.platform.http.ConflictException;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.InvalidInputException;
import org.hlc.platform.http.ProblemException;
import org.hlc.platform.http.ResourceNotFoundException;
import org.hlc.webinar.webinar.WebinarCommand.Cancel;
import org.hlc.webinar.webinar.WebinarCommand.CancelRegistration;
import org.hlc.webinar.webinar.WebinarCommand.PublishRecording;
import org.hlc.webinar.webinar.WebinarCommand.RecordAttendance;
import org.hlc.webinar.webinar.WebinarCommand.Register;
import org.hlc.webinar.webinar.WebinarCommand.Reschedule;
import org.hlc.webinar.webinar.WebinarCommand.Schedule;
import org.hlc.webinar.webinar.WebinarEvent.AttendanceRecorded;
import org.hlc.webinar.webinar.WebinarEvent.ParticipantRegistered;
import org.hlc.webinar.webinar.WebinarEvent.ParticipantWaitlisted;
import org.hlc.webinar.webinar.WebinarEvent.RecordingPublished;
import org.hlc.webinar.webinar.WebinarEvent.RegistrationCancelled;
import org.hlc.webinar.webinar.WebinarEvent.WaitlistPromoted;
import org.hlc.webinar.webinar.WebinarEvent.WebinarCancelled;
import org.hlc.webinar.webinar.WebinarEvent.WebinarRescheduled;
import org.hlc.webinar.webinar.WebinarEvent.WebinarScheduled;

public class WebinarDecider implements Decider<WebinarCommand, WebinarEvent, Webinar> {
    public static final int MAX_DURATION_MINUTES = 240;

    @Override
    public Webinar initialState() {
        return Webinar.NONE;
    }

    @Override
    public Webinar evolve(Webinar s, WebinarEvent event) {
        if (event instanceof WebinarScheduled e) {
            return new Webinar(e.webinarId(), e.programmeId(), e.groupId(), e.topic(), e.title(), e.hostId(),
                    e.startsAt(), e.durationMinutes(), e.capacity(), e.joinUrl(), null, false, 0, Map.of(), Map.of(),
                    e.waitlistEnabled());
        }
        if (event instanceof WebinarRescheduled e) {
            return new Webinar(s.webinarId(), s.programmeId(), s.groupId(), s.topic(), s.title(), s.hostId(),
                    e.startsAt(), e.durationMinutes(), s.capacity(), s.joinUrl(), s.recordingUrl(), false,
                    e.sequence(), s.registered(), s.waitlist(), s.waitlistEnabled());
        }
        if (event instanceof WebinarCancelled) {
            return new Webinar(s.webinarId(), s.programmeId(), s.groupId(), s.topic(), s.title(), s.hostId(),
                    s.startsAt(), s.durationMinutes(), s.capacity(), s.joinUrl(), s.recordingUrl(), true,
                    s.sequence(), s.registered(), s.waitlist(), s.waitlistEnabled());
        }
        if (event instanceof RecordingPublished e) {
            return new Webinar(s.webinarId(), s.programmeId(), s.groupId(), s.topic(), s.title(), s.hostId(),
                    s.startsAt(), s.durationMinutes(), s.capacity(), s.joinUrl(), e.recordingUrl(), s.cancelled(),
                    s.sequence(), s.registered(), s.waitlist(), s.waitlistEnabled());
        }
        if (event instanceof ParticipantRegistered e) {
            Map<UUID, String> registered = s.registeredCopy();
            registered.put(e.personId(), e.subject());
            return s.with(registered, s.waitlist());
        }
        if (event instanceof ParticipantWaitlisted e) {
            Map<UUID, String> waitlist = s.waitlistCopy();
            waitlist.put(e.personId(), e.subject());
            return s.with(s.registered(), waitlist);
        }
        if (event instanceof RegistrationCancelled e) {
            Map<UUID, String> registered = s.registeredCopy();
            Map<UUID, String> waitlist = s.waitlistCopy();
            registered.remove(e.personId());
            waitlist.remove(e.personId());
            return s.with(registered, waitlist);
        }
        if (event instanceof WaitlistPromoted e) {
            Map<UUID, String> registered = s.registeredCopy();
            Map<UUID, String> waitlist = s.waitlistCopy();
            waitlist.remove(e.personId());
            registered.put(e.personId(), e.subject());
            return s.with(registered, waitlist);
        }
        return s;
    }

    @Override
    public List<WebinarEvent> decide(WebinarCommand command, Webinar state) {
        if (command instanceof Schedule c) {
            return schedule(c, state);
        }
        requireExists(state);
        if (command instanceof Reschedule c) {
            requireNotCancelled(state);
            requireTiming(c.startsAt(), c.durationMinutes(), c.now());
            if (c.startsAt().equals(state.startsAt()) && c.durationMinutes() == state.durationMinutes()) {
                return List.of();
            }
            return List.of(new WebinarRescheduled(state.webinarId(), state.programmeId(), c.startsAt(),
                    c.durationMinutes(), state.startsAt(), state.sequence() + 1, c.now()));
        }
        if (command instanceof Cancel c) {
            if (state.cancelled()) {
                return List.of();
            }
            if (!c.now().isBefore(state.endsAt())) {
                throw new DomainRuleException("webinar-over", "a webinar that has ended cannot be cancelled");
            }
            return List.of(new WebinarCancelled(state.webinarId(), state.programmeId(), c.reason(), c.now()));
        }
        if (command instanceof PublishRecording c) {
            requireNotCancelled(state);
            if (c.recordingUrl().equals(state.recordingUrl())) {
                return List.of();
            }
            return List.of(new RecordingPublished(state.webinarId(), c.recordingUrl(), c.now()));
        }
        if (command instanceof Register c) {
            return register(c, state);
        }
        if (command instanceof CancelRegistration c) {
            return cancelRegistration(c, state);
        }
        if (command instanceof RecordAttendance c) {
            return recordAttendance(c, state);
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    private static List<WebinarEvent> schedule(Schedule c, Webinar state) {
        if (state.exists()) {
            throw new ConflictException("webinar-exists", "webinar " + c.webinarId() + " already exists");
        }
        if (c.host() == null) {
            throw new DomainRuleException("host-unknown", "host " + c.hostId() + " is not known to webinar-service",
                    Map.of("hostId", c.hostId()));
        }
        if (!c.host().expert()) {
            throw new DomainRuleException("host-not-expert", "the host must hold the expert role",
                    Map.of("hostId", c.hostId()));
        }
        requireTiming(c.startsAt(), c.durationMinutes(), c.now());
        if (c.capacity() < 1) {
            throw new InvalidInputException("capacity", "must be at least 1");
        }
        return List.of(new WebinarScheduled(c.webinarId(), c.programmeId(), c.groupId(), c.topic(), c.title(),
                c.hostId(), c.startsAt(), c.durationMinutes(), c.capacity(), c.joinUrl(), c.scheduledBy(), c.now(),
                c.waitlist() ? null : Boolean.FALSE));
    }

    /**
     * Only the webinar's audience registers. A full webinar puts the person in line (waitlist on, the default) or
     * refuses them (webinar-full, when it was scheduled without a waitlist).
     */
    private static List<WebinarEvent> register(Register c, Webinar state) {
        if (!c.inAudience()) {
            throw new ProblemException(403, "not-in-audience", "Not in the webinar's audience",
                    state.groupId() == null
                            ? "this webinar is for the programme's participants, coaches and experts"
                            : "this webinar is for the members and coach of coaching group " + state.groupId(),
                    Map.of("rule", "not-in-audience"));
        }
        requireNotCancelled(state);
        requireNotOver(state, c.now());
        if (state.registered().containsKey(c.personId()) || state.waitlist().containsKey(c.personId())) {
            return List.of();
        }
        if (state.full() && !state.waitlistEnabled()) {
            throw new DomainRuleException("webinar-full", "webinar " + state.webinarId() + " is full and has no "
                    + "waitlist", Map.of("capacity", state.capacity()));
        }
        if (state.full()) {
            return List.of(new ParticipantWaitlisted(state.webinarId(), c.personId(), c.subject(),
                    state.waitlist().size() + 1, c.now()));
        }
        return List.of(new ParticipantRegistered(state.webinarId(), c.personId(), c.subject(), c.now()));
    }

    private static List<WebinarEvent> cancelRegistration(CancelRegistration c, Webinar state) {
        if (state.waitlist().containsKey(c.personId())) {
            return List.of(new RegistrationCancelled(state.webinarId(), c.personId(), true, c.now()));
        }
        if (!state.registered().containsKey(c.personId())) {
            throw new ResourceNotFoundException("registration", c.personId().toString());
        }
        List<WebinarEvent> events = new ArrayList<>();
        events.add(new RegistrationCancelled(state.webinarId(), c.personId(), false, c.now()));
        boolean seatFreed = state.registered().size() - 1 < state.capacity();
        if (seatFreed && !state.waitlist().isEmpty() && !state.cancelled()) {
            Entry<UUID, String> first = state.waitlist().entrySet().iterator().next();
            events.add(new WaitlistPromoted(state.webinarId(), first.getKey(), first.getValue(), c.now()));
        }
        return events;
    }

    private static List<WebinarEvent> recordAttendance(RecordAttendance c, Webinar state) {
        requireNotCancelled(state);
        if (c.now().isBefore(state.startsAt())) {
            throw new DomainRuleException("webinar-not-started", "attendance is recorded once the webinar started");
        }
        for (int i = 0; i < c.intervals().size(); i++) {
            Presence.Interval interval = c.intervals().get(i);
            if (interval.leftAt().isBefore(interval.joinedAt())) {
                throw new InvalidInputException("intervals[" + i + "].leftAt", "must not be before joinedAt");
            }
        }
        Presence.Outcome outcome = Presence.evaluate(state.startsAt(), state.durationMinutes(), c.intervals(),
                c.requiredShare());
        return List.of(new AttendanceRecorded(state.webinarId(), state.programmeId(), c.personId(), c.subject(),
                outcome.attended(), outcome.presentMinutes(), outcome.requiredMinutes(), state.durationMinutes(),
                c.now()));
    }

    private static void requireTiming(java.time.Instant startsAt, int durationMinutes, java.time.Instant now) {
        if (durationMinutes < 1 || durationMinutes > MAX_DURATION_MINUTES) {
            throw new InvalidInputException("durationMinutes", "must be between 1 and " + MAX_DURATION_MINUTES);
        }
        if (!startsAt.isAfter(now)) {
            throw new DomainRuleException("start-in-past", "a webinar must start in the future",
                    Map.of("startsAt", startsAt.toString(), "now", now.toString()));
        }
    }

    private static void requireExists(Webinar state) {
        if (!state.exists()) {
            throw new ResourceNotFoundException("webinar", "unknown");
        }
    }

    private static void requireNotCancelled(Webinar state) {
        if (state.cancelled()) {
            throw new DomainRuleException("webinar-cancelled", "webinar " + state.webinarId() + " was cancelled");
        }
    }

    private static void requireNotOver(Webinar state, java.time.Instant now) {
        if (!now.isBefore(state.endsAt())) {
            throw new DomainRuleException("webinar-over", "webinar " + state.webinarId() + " has ended");
        }
    }
}
