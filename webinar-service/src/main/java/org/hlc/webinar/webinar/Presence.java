package org.hlc.webinar.webinar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Pure attendance arithmetic: how long someone was present within the session, and whether that counts. */
public final class Presence {

    /** One stretch of presence, as reported by the host or the video platform. */
    public record Interval(Instant joinedAt, Instant leftAt) {
    }

    public record Outcome(int presentMinutes, int requiredMinutes, boolean attended) {
    }

    private Presence() {
    }

    /**
     * Clips each interval to [start, end) and merges overlaps (a reconnect reported twice counts once). Present
     * seconds are floored to whole minutes; the requirement is {@code share} of the duration rounded up, so 75 % of
     * 45 minutes requires 34.
     */
    public static Outcome evaluate(Instant start, int durationMinutes, List<Interval> intervals, double share) {
        Instant end = start.plus(Duration.ofMinutes(durationMinutes));
        List<Interval> clipped = new ArrayList<>();
        for (Interval interval : intervals) {
            Instant from = interval.joinedAt().isBefore(start) ? start : interval.joinedAt();
            Instant to = interval.leftAt().isAfter(end) ? end : interval.leftAt();
            if (from.isBefore(to)) {
                clipped.add(new Interval(from, to));
            }
        }
        clipped.sort(Comparator.comparing(Interval::joinedAt));
        long seconds = 0;
        Instant coveredUntil = start;
        for (Interval interval : clipped) {
            Instant from = interval.joinedAt().isBefore(coveredUntil) ? coveredUntil : interval.joinedAt();
            if (from.isBefore(interval.leftAt())) {
                seconds += Duration.between(from, interval.leftAt()).toSeconds();
                coveredUntil = interval.leftAt();
            }
        }
        int present = (int) (seconds / 60);
        int required = (int) Math.ceil(durationMinutes * share - 1e-9);
        return new Outcome(present, required, present >= required);
    }
}
