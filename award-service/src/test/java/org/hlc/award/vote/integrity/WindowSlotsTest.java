package org.hlc.award.vote.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WindowSlotsTest {
    private final WindowSlots tenMinutes = new WindowSlots(Duration.ofMinutes(10));

    @Test
    void a_slot_is_a_tenth_of_the_window() {
        Instant start = Instant.parse("2014-12-01T10:00:00Z");
        assertThat(tenMinutes.slotOf(start.plusSeconds(59))).isEqualTo(tenMinutes.slotOf(start));
        assertThat(tenMinutes.slotOf(start.plusSeconds(60))).isEqualTo(tenMinutes.slotOf(start) + 1);
    }

    @Test
    void the_window_ending_at_a_vote_spans_ten_slots_back_to_at_most_its_length() {
        Instant vote = Instant.parse("2014-12-01T10:09:30Z");
        long first = WindowSlots.firstSlotOfWindowEndingIn(tenMinutes.slotOf(vote));
        assertThat(tenMinutes.slotOf(vote) - first + 1).isEqualTo(WindowSlots.PER_WINDOW);
        assertThat(tenMinutes.slotOf(vote.minus(Duration.ofMinutes(9)))).isEqualTo(first);
        assertThat(tenMinutes.slotOf(vote.minus(Duration.ofMinutes(10)))).isLessThan(first);
    }

    @Test
    void slots_before_the_epoch_do_not_collide() {
        assertThat(tenMinutes.slotOf(Instant.EPOCH.minusMillis(1))).isEqualTo(-1);
        assertThat(tenMinutes.slotOf(Instant.EPOCH)).isZero();
    }

    @Test
    void rejects_a_window_too_short_to_slice() {
        assertThatThrownBy(() -> new WindowSlots(Duration.ofMillis(5))).isInstanceOf(IllegalArgumentException.class);
    }
}
