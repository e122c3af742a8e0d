package org.hlc.webinar.webinar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.hlc.webinar.webinar.Presence.Interval;
import org.hlc.webinar.webinar.Presence.Outcome;
import org.junit.jupiter.api.Test;

class PresenceTest {
    private static final Instant START = Instant.parse("2026-12-07T13:00:00Z");

    @Test
    void forty_five_of_sixty_minutes_is_exactly_the_default_three_quarters() {
        assertThat(Presence.evaluate(START, 60, List.of(interval("13:10", "13:55")), 0.75))
                .isEqualTo(new Outcome(45, 45, true));
        assertThat(Presence.evaluate(START, 60, List.of(interval("13:10", "13:54")), 0.75))
                .isEqualTo(new Outcome(44, 45, false));
    }

    @Test
    void presence_outside_the_session_is_clipped_and_overlaps_count_once() {
        Outcome outcome = Presence.evaluate(START, 60, List.of(interval("12:30", "13:20"), interval("13:10", "13:30"),
                interval("13:50", "14:30")), 0.75);

        assertThat(outcome.presentMinutes()).isEqualTo(40);
        assertThat(outcome.attended()).isFalse();
    }

    @Test
    void the_required_share_is_configurable_and_rounds_up() {
        assertThat(Presence.evaluate(START, 45, List.of(interval("13:00", "13:34")), 0.75))
                .isEqualTo(new Outcome(34, 34, true));
        assertThat(Presence.evaluate(START, 60, List.of(interval("13:00", "13:30")), 0.5).attended()).isTrue();
    }

    @Test
    void no_presence_is_zero_minutes() {
        assertThat(Presence.evaluate(START, 60, List.of(interval("15:00", "16:00")), 0.75))
                .isEqualTo(new Outcome(0, 45, false));
    }

    private static Interval interval(String from, String to) {
        return new Interval(Instant.parse("2026-12-07T" + from + ":00Z"), Instant.parse("2026-12-07T" + to + ":00Z"));
    }
}
