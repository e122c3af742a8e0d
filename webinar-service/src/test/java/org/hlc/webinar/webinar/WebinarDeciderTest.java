package org.hlc.webinar.webinar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.InvalidInputException;
import org.hlc.platform.http.ProblemException;
import org.hlc.platform.http.ResourceNotFoundException;
import org.hlc.webinar.webinar.WebinarCommand.Cancel;
import org.hlc.webinar.webinar.WebinarCommand.CancelRegistration;
import org.hlc.webinar.webinar.WebinarCommand.HostFacts;
import org.hlc.webinar.webinar.WebinarCommand.RecordAttendance;
import org.hlc.webinar.webinar.WebinarCommand.Register;
import org.hlc.webinar.webinar.WebinarCommand.Reschedule;
import org.hlc.webinar.webinar.WebinarCommand.Schedule;
import org.hlc.webinar.webinar.WebinarEvent.AttendanceRecorded;
import org.hlc.webinar.webinar.WebinarEvent.ParticipantRegistered;
import org.hlc.webinar.webinar.WebinarEvent.ParticipantWaitlisted;
import org.hlc.webinar.webinar.WebinarEvent.RegistrationCancelled;
import org.hlc.webinar.webinar.WebinarEvent.WaitlistPromoted;
import org.hlc.webinar.webinar.WebinarEvent.WebinarCancelled;
import org.hlc.webinar.webinar.WebinarEvent.WebinarRescheduled;
import org.hlc.webinar.webinar.WebinarEvent.WebinarScheduled;
import org.junit.jupiter.api.Test;

/** Given events, when a command, then events: the decider alone, no I/O. */
class WebinarDeciderTest {
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant START = Instant.parse("2026-12-07T13:00:00Z");
    private static final UUID ID = UUID.fromString("5d1f6c8e-2a8b-4f7e-9d65-2b1c0e7a9f10");
    private static final UUID PROGRAMME = UUID.fromString("3f2c1a9e-6b1d-4c57-9a41-0d2f7e5b8c13");
    private static final UUID HOST = UUID.fromString("0b6f3c1e-5d7a-4f2b-9c8e-1a2b3c4d5e6f");
    private static final UUID AMINA = UUID.fromString("11111111-1111-4111-8111-111111111111");
    private static final UUID RAMI = UUID.fromString("22222222-2222-4222-8222-222222222222");
    private static final UUID SARI = UUID.fromString("33333333-3333-4333-8333-333333333333");

    private final WebinarDecider decider = new WebinarDecider();
    private final WebinarScheduled scheduled = new WebinarScheduled(ID, PROGRAMME, null, "impact", "Impact", HOST,
            START, 60, 1, "https://meet.example.org/x", "organizer-1", NOW, null);

    @Test
    void scheduling_records_webinar_scheduled() {
        assertThat(decider.decide(schedule(new HostFacts(true), START, 60), decider.initialState()))
                .containsExactly(scheduled);
    }

    @Test
    void scheduling_refuses_a_past_start_an_unknown_or_non_expert_host_and_bad_durations() {
        assertRule(() -> decider.decide(schedule(new HostFacts(true), NOW, 60), Webinar.NONE), "start-in-past");
        assertRule(() -> decider.decide(schedule(null, START, 60), Webinar.NONE), "host-unknown");
        assertRule(() -> decider.decide(schedule(new HostFacts(false), START, 60), Webinar.NONE), "host-not-expert");
        assertThatThrownBy(() -> decider.decide(schedule(new HostFacts(true), START, 0), Webinar.NONE))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> decider.decide(schedule(new HostFacts(true), START, 241), Webinar.NONE))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rescheduling_bumps_the_sequence_and_the_same_time_records_nothing() {
        Webinar state = decider.fold(List.of(scheduled));
        Instant later = START.plusSeconds(86_400);

        assertThat(decider.decide(new Reschedule(later, 45, NOW), state)).containsExactly(
                new WebinarRescheduled(ID, PROGRAMME, later, 45, START, 1, NOW));
        assertThat(decider.decide(new Reschedule(START, 60, NOW), state)).isEmpty();
    }

    @Test
    void a_cancelled_webinar_refuses_registration_and_rescheduling_and_cancelling_again_records_nothing() {
        Webinar state = decider.fold(List.of(scheduled, new WebinarCancelled(ID, PROGRAMME, "ill", NOW)));

        assertRule(() -> decider.decide(new Register(AMINA, "amina", true, NOW), state), "webinar-cancelled");
        assertRule(() -> decider.decide(new Reschedule(START.plusSeconds(60), 60, NOW), state), "webinar-cancelled");
        assertThat(decider.decide(new Cancel("again", NOW), state)).isEmpty();
    }

    @Test
    void when_full_people_are_waitlisted_in_order_and_a_cancellation_promotes_the_first() {
        Webinar full = decider.fold(List.of(scheduled, new ParticipantRegistered(ID, AMINA, "amina", NOW)));

        List<WebinarEvent> rami = decider.decide(new Register(RAMI, "rami", true, NOW), full);
        assertThat(rami).containsExactly(new ParticipantWaitlisted(ID, RAMI, "rami", 1, NOW));
        Webinar withRami = decider.fold(List.of(scheduled, new ParticipantRegistered(ID, AMINA, "amina", NOW),
                rami.get(0)));
        List<WebinarEvent> sari = decider.decide(new Register(SARI, "sari", true, NOW), withRami);
        assertThat(sari).containsExactly(new ParticipantWaitlisted(ID, SARI, "sari", 2, NOW));
        Webinar withBoth = decider.evolve(withRami, sari.get(0));

        assertThat(decider.decide(new CancelRegistration(AMINA, NOW), withBoth)).containsExactly(
                new RegistrationCancelled(ID, AMINA, false, NOW), new WaitlistPromoted(ID, RAMI, "rami", NOW));
        assertThat(decider.decide(new Register(RAMI, "rami", true, NOW), withBoth)).isEmpty();
    }

    @Test
    void leaving_the_waitlist_promotes_nobody_and_an_unknown_registration_is_not_found() {
        Webinar state = decider.fold(List.of(scheduled, new ParticipantRegistered(ID, AMINA, "amina", NOW),
                new ParticipantWaitlisted(ID, RAMI, "rami", 1, NOW)));

        assertThat(decider.decide(new CancelRegistration(RAMI, NOW), state))
                .containsExactly(new RegistrationCancelled(ID, RAMI, true, NOW));
        assertThatThrownBy(() -> decider.decide(new CancelRegistration(SARI, NOW), state))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void attendance_is_derived_from_presence_once_the_webinar_started() {
        Webinar state = decider.fold(List.of(scheduled));
        Instant after = START.plusSeconds(7200);
        List<Presence.Interval> stretch = List.of(new Presence.Interval(START, START.plusSeconds(50 * 60)));

        assertThat(decider.decide(new RecordAttendance(AMINA, "amina", stretch, 0.75, after), state)).containsExactly(
                new AttendanceRecorded(ID, PROGRAMME, AMINA, "amina", true, 50, 45, 60, after));
        assertRule(() -> decider.decide(new RecordAttendance(AMINA, "amina", stretch, 0.75, NOW), state),
                "webinar-not-started");
    }

    @Test
    void a_registration_after_the_end_is_refused() {
        Webinar state = decider.fold(List.of(scheduled));

        assertRule(() -> decider.decide(new Register(AMINA, "amina", true, START.plusSeconds(3600)), state), "webinar-over");
    }

    @Test
    void someone_outside_the_audience_is_refused_with_403_before_anything_else() {
        Webinar state = decider.fold(List.of(scheduled));

        assertThatThrownBy(() -> decider.decide(new Register(AMINA, "amina", false, NOW), state))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(403))
                .satisfies(e -> assertThat(((ProblemException) e).extensions()).containsEntry("rule",
                        "not-in-audience"));
    }

    @Test
    void without_a_waitlist_a_full_webinar_refuses_and_with_one_it_queues() {
        WebinarScheduled noWaitlist = new WebinarScheduled(ID, PROGRAMME, null, "impact", "Impact", HOST, START, 60,
                1, "https://meet.example.org/x", "organizer-1", NOW, false);
        Webinar full = decider.fold(List.of(noWaitlist, new ParticipantRegistered(ID, AMINA, "amina", NOW)));

        assertRule(() -> decider.decide(new Register(RAMI, "rami", true, NOW), full), "webinar-full");
        assertThat(decider.decide(new Register(AMINA, "amina", true, NOW), full)).isEmpty();
        assertThat(decider.decide(schedule(new HostFacts(true), START, 60), Webinar.NONE).get(0))
                .satisfies(e -> assertThat(((WebinarScheduled) e).waitlistEnabled()).isTrue());
        Schedule closed = new Schedule(ID, PROGRAMME, null, "impact", "Impact", HOST, new HostFacts(true), START, 60,
                1, "https://meet.example.org/x", false, "organizer-1", NOW);
        assertThat(decider.decide(closed, Webinar.NONE)).containsExactly(noWaitlist);
    }

    private static Schedule schedule(HostFacts host, Instant start, int duration) {
        return new Schedule(ID, PROGRAMME, null, "impact", "Impact", HOST, host, start, duration, 1,
                "https://meet.example.org/x", true, "organizer-1", NOW);
    }

    private static void assertRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String rule) {
        assertThatThrownBy(call).isInstanceOf(DomainRuleException.class)
                .satisfies(e -> assertThat(((ProblemException) e).extensions()).containsEntry("rule", rule));
    }
}
