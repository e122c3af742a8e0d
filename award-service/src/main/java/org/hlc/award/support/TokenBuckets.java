package org.hlc.award.support;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * In-memory token buckets keyed by a string (voter subject, client address). Each key may burst {@code capacity}
 * requests and then {@code perSecond} more each second. Per instance: with several instances behind a balancer the
 * effective limit is multiplied by their number, which is acceptable for abuse damping (votes are unique anyway).
 * Idle buckets (full again) are dropped when the map grows past {@code maxKeys}, so memory stays bounded.
 */
public final class TokenBuckets {
    private final double capacity;
    private final double perNano;
    private final int maxKeys;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long refilledAt;

        Bucket(double tokens, long refilledAt) {
            this.tokens = tokens;
            this.refilledAt = refilledAt;
        }
    }

    public TokenBuckets(int capacity, double perSecond, int maxKeys, LongSupplier nanoTime) {
        if (capacity < 1 || perSecond <= 0) {
            throw new IllegalArgumentException("capacity >= 1 and perSecond > 0 required");
        }
        this.capacity = capacity;
        this.perNano = perSecond / 1_000_000_000d;
        this.maxKeys = maxKeys;
        this.nanoTime = nanoTime;
    }

    /** Takes one token; returns 0 when granted, else the whole seconds to wait before one is available. */
    public long tryTake(String key) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > maxKeys) {
            evictIdle(now);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            refill(bucket, now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double nanosToWait = (1 - bucket.tokens) / perNano;
            return Math.max(1, (long) Math.ceil(nanosToWait / 1_000_000_000d));
        }
    }

    /** Keys currently tracked. */
    int size() {
        return buckets.size();
    }

    private void refill(Bucket bucket, long now) {
        bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.refilledAt) * perNano);
        bucket.refilledAt = now;
    }

    private void evictIdle(long now) {
        buckets.entrySet().removeIf(entry -> {
            Bucket bucket = entry.getValue();
            synchronized (bucket) {
                return bucket.tokens + (now - bucket.refilledAt) * perNano >= capacity;
            }
        });
    }
}
