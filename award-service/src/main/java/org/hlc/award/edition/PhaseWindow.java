package org.hlc.award.edition;

import java.time.Instant;

/** One phase of the timeline: open from {@code opensAt} (inclusive) until {@code closesAt} (exclusive). */
public record PhaseWindow(Phase phase, Instant opensAt, Instant closesAt) {

    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
