package org.hlc.platform.eventlog;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Tells the threads that follow this service's event log (the relay, the read models of its own events) that an
 * append has committed, so they read at once instead of at their next poll. Only a hint: appends by another process,
 * or inside a transaction the caller commits later, are found by the followers' own polling.
 */
@ApplicationScoped
public class EventLogSignal {
    private static final int RECENT_COMMITS = 8192;

    private final AtomicLong generation = new AtomicLong();
    private final Set<Thread> waiting = ConcurrentHashMap.newKeySet();
    /** When the last transactions of this process that appended committed, by transaction id (a ring, by id). */
    private final long[] commitTransactions = new long[RECENT_COMMITS];
    private final long[] commitNanos = new long[RECENT_COMMITS];

    /**
     * Called once a transaction of this process that appended has committed, with its id: remembered for a while, so
     * that a follower can tell how long after the commit it applied the transaction's events.
     */
    public void committed(long transactionId) {
        int slot = (int) Math.floorMod(transactionId, (long) RECENT_COMMITS);
        long now = System.nanoTime();
        synchronized (commitTransactions) {
            commitTransactions[slot] = transactionId;
            commitNanos[slot] = now;
        }
        appended();
    }

    /** When this process saw the transaction commit ({@link System#nanoTime()}), or -1 if it did not, or long ago. */
    public long commitNanos(long transactionId) {
        int slot = (int) Math.floorMod(transactionId, (long) RECENT_COMMITS);
        synchronized (commitTransactions) {
            return commitTransactions[slot] == transactionId ? commitNanos[slot] : -1;
        }
    }

    /** Called after an append (or before the commit of a caller's transaction that appended); never blocks. */
    public void appended() {
        generation.incrementAndGet();
        for (Thread thread : waiting) {
            LockSupport.unpark(thread);
        }
    }

    /** Moves on every append; compare with {@link #await}. */
    public long generation() {
        return generation.get();
    }

    /** Waits until an append after {@code seen} (a value of {@link #generation()}) or the timeout; true if one came. */
    public boolean await(long seen, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Thread self = Thread.currentThread();
        waiting.add(self);
        try {
            while (generation.get() == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                LockSupport.parkNanos(this, left);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
            return true;
        } finally {
            waiting.remove(self);
        }
    }

    /** A follower's idle wait, see {@link Follower#idle}. */
    public Follower follower(Duration idlePoll) {
        return new Follower(idlePoll);
    }

    /**
     * How a thread that follows the log waits when its last read found nothing new. An append can be committed and
     * still not readable yet: a follower reads only below the oldest transaction still running (so it never skips a
     * slow commit), and that transaction sends no signal when it ends. So after a signal that found nothing, the
     * follower looks again after 1, 2, 4 … ms, up to {@code idlePoll}; otherwise it waits for the next signal, or
     * {@code idlePoll} at most.
     */
    public final class Follower {
        private final Duration idlePoll;
        private long seen = generation.get();
        private long backoffMillis;

        private Follower(Duration idlePoll) {
            this.idlePoll = idlePoll;
        }

        /** Call before each read of the log: the appends signalled from here on are not covered by that read. */
        public void reading() {
            seen = generation.get();
        }

        /** Whether an append was signalled since the last {@link #reading()}. */
        public boolean signalledSinceReading() {
            return generation.get() != seen;
        }

        /** Call after a read that found something: the next idle wait starts afresh; read again at once. */
        public void found() {
            backoffMillis = 0;
        }

        /**
         * Call after a read that found something, then read again. A read that was not {@code full} and has seen no
         * append signalled since it began would most likely find nothing: this then waits as after an empty read (for
         * the next signal, or {@code idlePoll}) instead of returning at once. At a low rate that saves every follower
         * one read of the log per commit, without delaying what a signal announces.
         */
        public void found(boolean full) throws InterruptedException {
            backoffMillis = 0;
            if (!full && !signalledSinceReading() && await(seen, idlePoll)) {
                backoffMillis = 1;
            }
        }

        /** Call after a read that found nothing; returns once the next read is worth doing. */
        public void idle() throws InterruptedException {
            if (backoffMillis > 0 && backoffMillis < idlePoll.toMillis()) {
                long wait = backoffMillis;
                backoffMillis *= 2;
                if (!await(seen, Duration.ofMillis(wait))) {
                    return;
                }
            } else if (!await(seen, idlePoll)) {
                backoffMillis = 0;
                return;
            }
            backoffMillis = 1; // an append was signalled: read now, and soon again if it is not readable yet
        }
    }
}
