package org.hlc.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class LogPositionTest {
    private static final UUID LOG = UUID.fromString("6f1c0a52-3d7e-4b8a-9c1d-2e3f4a5b6c7d");

    @Test
    void a_header_value_parses_back_to_the_same_position() {
        LogPosition position = new LogPosition(LOG, 7_000_000_123L, 42);
        assertThat(position.header()).isEqualTo(LOG + ":7000000123:42");
        assertThat(LogPosition.parse(position.header())).isEqualTo(position);
    }

    @Test
    void a_missing_or_malformed_header_is_no_position() {
        assertThat(LogPosition.parse(null)).isNull();
        assertThat(LogPosition.parse("")).isNull();
        assertThat(LogPosition.parse(LOG + ":12")).isNull();
        assertThat(LogPosition.parse("not-a-uuid:1:2")).isNull();
        assertThat(LogPosition.parse(LOG + ":x:2")).isNull();
    }

    @Test
    void relay_order_is_transaction_first_then_global_position() {
        LogPosition early = new LogPosition(LOG, 100, 900);
        LogPosition laterTransaction = new LogPosition(LOG, 101, 5); // committed later with a lower position
        LogPosition sameTransactionLater = new LogPosition(LOG, 100, 901);
        assertThat(laterTransaction.isAfter(early)).isTrue();
        assertThat(sameTransactionLater.isAfter(early)).isTrue();
        assertThat(early.isAfter(laterTransaction)).isFalse();
        assertThat(early.isAfter(early)).as("the same event again").isFalse();
    }

    @Test
    void positions_of_different_logs_are_not_compared() {
        assertThatThrownBy(() -> new LogPosition(LOG, 1, 1).isAfter(new LogPosition(UUID.randomUUID(), 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
