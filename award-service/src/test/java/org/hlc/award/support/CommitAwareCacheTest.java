package org.hlc.award.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CommitAwareCacheTest {
    private final AtomicLong commits = new AtomicLong();
    private final AtomicInteger queries = new AtomicInteger();

    @Test
    void serves_the_cached_result_until_the_projection_commits() {
        CommitAwareCache<String> cache = new CommitAwareCache<>(commits::get, Duration.ofMinutes(1), 10);

        assertThat(read(cache, CompletableFuture.completedFuture("10 votes"))).isEqualTo("10 votes");
        assertThat(read(cache, CompletableFuture.completedFuture("11 votes"))).isEqualTo("10 votes");

        assertThat(queries).hasValue(1);
    }

    @Test
    void after_a_commit_readers_get_the_previous_result_while_one_query_refreshes_it() {
        CommitAwareCache<String> cache = new CommitAwareCache<>(commits::get, Duration.ofMinutes(1), 10);
        read(cache, CompletableFuture.completedFuture("10 votes"));
        commits.incrementAndGet();
        CompletableFuture<String> refreshed = new CompletableFuture<>();

        assertThat(read(cache, refreshed)).as("not waiting for the refresh").isEqualTo("10 votes");
        assertThat(read(cache, refreshed)).isEqualTo("10 votes");
        assertThat(queries).as("one refresh for both readers").hasValue(2);

        refreshed.complete("12 votes");
        assertThat(read(cache, CompletableFuture.completedFuture("13 votes"))).isEqualTo("12 votes");
        assertThat(queries).hasValue(2);
    }

    @Test
    void a_result_older_than_its_maximum_age_is_not_served_while_refreshing() {
        CommitAwareCache<String> cache = new CommitAwareCache<>(commits::get, Duration.ZERO, 10);
        read(cache, CompletableFuture.completedFuture("10 votes"));
        commits.incrementAndGet();

        assertThat(read(cache, CompletableFuture.completedFuture("12 votes"))).isEqualTo("12 votes");
    }

    private String read(CommitAwareCache<String> cache, CompletableFuture<String> result) {
        CompletableFuture<String> read = cache.<String>get("totals", () -> {
            queries.incrementAndGet();
            return Uni.createFrom().completionStage(result);
        }).subscribeAsCompletionStage();
        return read.getNow("(waiting for the database)");
    }
}
