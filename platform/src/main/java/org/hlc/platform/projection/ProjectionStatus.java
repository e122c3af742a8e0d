package org.hlc.platform.projection;

import java.time.Instant;
import java.util.List;

/**
 * What the admin endpoint shows about one projection; {@code source} is {@code kafka} (it reads its topics) or
 * {@code event-log} (it follows this service's own log; {@code topics} then names the topic the log is published to).
 */
public record ProjectionStatus(String name, List<String> topics, String source, String state, long lag, long applied,
        long skippedDuplicates, Instant lastAppliedAt, String lastError) {
}
