package org.hlc.webinar.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A candidate start with how many people (host included) are inside their windows, and who is not. */
public record SlotCandidate(Instant start, Instant end, int inside, int total, boolean hostInside,
        List<UUID> outside, List<LocalStart> everyone) {
}
