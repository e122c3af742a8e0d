package org.hlc.award.vote.integrity;

import java.time.Duration;
import java.time.Instant;

/**
 * A rule's sliding window counted in {@value #PER_WINDOW} fixed time slots: the window ending at a vote is the vote's
 * slot and the nine before it, so it reaches back between 9/10 and 10/10 of its length. Counting per slot makes a
 * window total a sum of ten counters instead of a scan of the votes in it.
 */
record WindowSlots(Duration window) {
    static final int PER_WINDOW = 10;

    WindowSlots {
        if (window.toMillis() < PER_WINDOW) {
            throw new IllegalArgumentException("an integrity window must be at least " + PER_WINDOW + " ms");
        }
    }

    long slotOf(Instant time) {
        return Math.floorDiv(time.toEpochMilli(), window.toMillis() / PER_WINDOW);
    }

    static long firstSlotOfWindowEndingIn(long slot) {
        return slot - (PER_WINDOW - 1);
    }
}
