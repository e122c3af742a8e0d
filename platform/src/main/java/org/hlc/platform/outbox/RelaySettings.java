package org.hlc.platform.outbox;

import java.time.Duration;

public record RelaySettings(String relayName, String topic, String source, String bootstrapServers, int batchSize,
        Duration idlePoll, Duration retryBackoff, Duration deliveryTimeout) {
}
