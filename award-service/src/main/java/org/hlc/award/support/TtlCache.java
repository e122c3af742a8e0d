package org.hlc.award.support;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Folded state kept for hot-path reads. Writes through this instance replace the entry at once ({@link #put});
 * another instance's writes are seen after at most the time to live. Bounded: cleared when it outgrows its size.
 * Callers that miss the same key at the same time share one load (a popular entry's expiry under load would
 * otherwise start one stream read per request in flight).
 */
public final class TtlCache<K, V> {
    private final long ttlNanos;
    private final int maxSize;
    private final ConcurrentHashMap<K, Timed<V>> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<K, Uni<V>> loading = new ConcurrentHashMap<>();

    private record Timed<V>(V value, long storedAtNanos) {
    }

    public TtlCache(Duration ttl, int maxSize) {
        this.ttlNanos = ttl.toNanos();
        this.maxSize = maxSize;
    }

    public Uni<V> get(K key, Function<K, Uni<V>> load) {
        Timed<V> timed = entries.get(key);
        if (timed != null && System.nanoTime() - timed.storedAtNanos() < ttlNanos) {
            return Uni.createFrom().item(timed.value());
        }
        return loading.computeIfAbsent(key, missing -> load.apply(missing)
                .invoke(value -> put(missing, value))
                .onTermination().invoke(() -> loading.remove(missing))
                .memoize().indefinitely());
    }

    public void put(K key, V value) {
        if (entries.size() >= maxSize) {
            entries.clear();
        }
        entries.put(key, new Timed<>(value, System.nanoTime()));
    }
}
