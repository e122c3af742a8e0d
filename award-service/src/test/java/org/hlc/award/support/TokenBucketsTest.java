package org.hlc.award.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {
    private final AtomicLong clock = new AtomicLong();

    @Test
    void allows_a_burst_then_asks_to_wait_until_a_token_refills() {
        TokenBuckets buckets = new TokenBuckets(3, 0.5, 100, clock::get);

        assertThat(buckets.tryTake("a")).isZero();
        assertThat(buckets.tryTake("a")).isZero();
        assertThat(buckets.tryTake("a")).isZero();
        assertThat(buckets.tryTake("a")).isEqualTo(2);
        assertThat(buckets.tryTake("b")).as("another key has its own bucket").isZero();

        clock.addAndGet(2_000_000_000L);
        assertThat(buckets.tryTake("a")).isZero();
        assertThat(buckets.tryTake("a")).isPositive();
    }

    @Test
    void drops_idle_buckets_when_the_map_grows_past_its_bound() {
        TokenBuckets buckets = new TokenBuckets(1, 1, 2, clock::get);
        buckets.tryTake("a");
        buckets.tryTake("b");
        buckets.tryTake("c");
        assertThat(buckets.size()).isEqualTo(3);
        clock.addAndGet(5_000_000_000L);

        buckets.tryTake("d");

        assertThat(buckets.size()).as("a, b and c were full again and dropped; d remains").isEqualTo(1);
    }
}
