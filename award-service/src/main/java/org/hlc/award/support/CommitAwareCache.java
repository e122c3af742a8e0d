package org.hlc.award.support;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Query results of a read model, valid while its projection has committed nothing since they were read
 * ({@code generation} moves with every commit). Once it has, one query per key refreshes the result; until that query
 * returns, readers get the previous result (younger than {@code maxAge}: at most one commit and one query behind)
 * instead of each waiting for the database. Under a vote load the projection commits every few milliseconds, so
 * without this nearly every read would wait for a query queued behind the load. Bounded: cleared when it outgrows its
 * size.
 */
public final class CommitAwareCache<K> {
    private final LongSupplier generation;
    private final long maxAgeNanos;
    private final int maxSize;
    private final ConcurrentHashMap<K, Cached> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<K, Uni<Object>> refreshing = new ConcurrentHashMap<>();

    private record Cached(long generation, long readAtNanos, Object value) {
    }

    public CommitAwareCache(LongSupplier generation, Duration maxAge, int maxSize) {
        this.generation = generation;
        this.maxAgeNanos = maxAge.toNanos();
        this.maxSize = maxSize;
    }

    @SuppressWarnings("unchecked")
    public <T> Uni<T> get(K key, Supplier<Uni<T>> query) {
        long current = generation.getAsLong();
        Cached hit = entries.get(key);
        boolean recent = hit != null && System.nanoTime() - hit.readAtNanos() < maxAgeNanos;
        if (recent && hit.generation() == current) {
            return Uni.createFrom().item((T) hit.value());
        }
        Uni<Object> refresh = refreshing.computeIfAbsent(key, missing -> {
            long readAt = System.nanoTime();
            return query.get().map(value -> (Object) value).invoke(value -> {
                if (entries.size() >= maxSize) {
                    entries.clear();
                }
                entries.put(missing, new Cached(current, readAt, value));
            }).onTermination().invoke(() -> refreshing.remove(missing)).memoize().indefinitely();
        });
        if (recent) {
            refresh.subscribe().with(ignored -> { }, failure -> { }); // a failed refresh is tried again by the next read
            return Uni.createFrom().item((T) hit.value());
        }
        return refresh.map(value -> (T) value);
    }
}
