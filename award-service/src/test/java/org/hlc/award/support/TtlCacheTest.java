package org.hlc.award.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TtlCacheTest {
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void callers_missing_the_same_key_at_once_share_one_load() {
        TtlCache<String, String> cache = new TtlCache<>(Duration.ofMinutes(1), 10);
        CompletableFuture<String> stored = new CompletableFuture<>();

        CompletableFuture<String> first = cache.get("entry", key -> load(stored)).subscribeAsCompletionStage();
        CompletableFuture<String> second = cache.get("entry", key -> load(stored)).subscribeAsCompletionStage();
        stored.complete("accepted");

        assertThat(first.join()).isEqualTo("accepted");
        assertThat(second.join()).isEqualTo("accepted");
        assertThat(loads).hasValue(1);
        assertThat(cache.get("entry", key -> load(CompletableFuture.completedFuture("stale"))).await().indefinitely())
                .as("kept for its time to live").isEqualTo("accepted");
        assertThat(loads).hasValue(1);
    }

    @Test
    void loads_again_once_the_time_to_live_is_over() {
        TtlCache<String, String> cache = new TtlCache<>(Duration.ZERO, 10);
        cache.get("entry", key -> load(CompletableFuture.completedFuture("accepted"))).await().indefinitely();

        String now = cache.get("entry", key -> load(CompletableFuture.completedFuture("withdrawn")))
                .await().indefinitely();

        assertThat(now).isEqualTo("withdrawn");
        assertThat(loads).hasValue(2);
    }

    @Test
    void a_failed_load_is_not_kept() {
        TtlCache<String, String> cache = new TtlCache<>(Duration.ofMinutes(1), 10);
        assertThatThrownBy(() -> cache.get("entry", key -> load(CompletableFuture.failedFuture(
                new IllegalStateException("database down")))).await().indefinitely())
                .hasMessageContaining("database down");

        String next = cache.get("entry", key -> load(CompletableFuture.completedFuture("accepted")))
                .await().indefinitely();

        assertThat(next).isEqualTo("accepted");
        assertThat(loads).hasValue(2);
    }

    private Uni<String> load(CompletableFuture<String> stored) {
        return Uni.createFrom().deferred(() -> {
            loads.incrementAndGet();
            return Uni.createFrom().completionStage(stored);
        });
    }
}
