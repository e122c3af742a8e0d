package org.hlc.simulator;

import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waiting for eventually consistent read models, bounded. */
public final class Awaits {
    private Awaits() {
    }

    /** Polls until the value satisfies the condition or the time is up; returns the last value seen. */
    public static <T> T until(Supplier<T> poll, Predicate<T> done, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        T value = poll.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return value;
            }
            value = poll.get();
        }
        return value;
    }
}
