package org.hlc.platform.projection;

import java.time.Duration;

public record ProjectionSettings(String bootstrapServers, String clientPrefix, Duration pollTimeout,
        int maxPollRecords) {
}
