package org.hlc.webinar.scheduling;

import java.util.List;
import java.util.UUID;

/** One session per day, chosen to rotate the inconvenience; {@code maxOutside} is the figure minimised. */
public record SeriesPlan(List<SlotCandidate> sessions, int maxOutside, int totalOutside, List<Fairness> fairness) {

    /** How many of the series' sessions fall outside one person's window. */
    public record Fairness(UUID personId, String displayName, String timeZone, int sessionsOutside) {
    }
}
