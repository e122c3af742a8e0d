package org.hlc.platform.projection;

import java.time.Instant;
import java.util.List;

/** What the admin endpoint shows about one projection. */
public record ProjectionStatus(String name, List<String> topics, String state, long lag, long applied,
        long skippedDuplicates, Instant lastAppliedAt, String lastError) {
}
