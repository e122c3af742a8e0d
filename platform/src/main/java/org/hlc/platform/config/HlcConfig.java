package org.hlc.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Typed settings shared by every service; defaults live here, each service sets {@code hlc.service}. */
@ConfigMapping(prefix = "hlc")
public interface HlcConfig {

    /** Short service name, e.g. {@code participants}: gives the topic {@code hlc.participants.events}. */
    String service();

    Relay relay();

    Projections projections();

    Idempotency idempotency();

    default String topic() {
        return "hlc." + service() + ".events";
    }

    default String eventTypePrefix() {
        return "hlc." + service();
    }

    default String eventSource() {
        return "/hlc/" + service() + "-service";
    }

    interface Relay {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("1000")
        int batchSize();

        /**
         * How long the relay waits at most when it found nothing new. Every append of this process wakes it at once
         * ({@code EventLogSignal}); this only bounds the wait for appends no signal announced.
         */
        @WithDefault("PT0.05S")
        Duration idlePoll();

        /** Back-off after Kafka could not be reached. */
        @WithDefault("PT1S")
        Duration retryBackoff();

        /** Upper bound for one delivery attempt before the batch is retried from the checkpoint. */
        @WithDefault("PT15S")
        Duration deliveryTimeout();
    }

    interface Projections {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("PT0.05S")
        Duration pollTimeout();

        /** Events per poll and transaction at most: large batches make replays and rebuilds cheap. */
        @WithDefault("2000")
        int maxPollRecords();

        /**
         * Whether a projection of this service's own events only follows the event log directly instead of its
         * Kafka topic: no wait for the relay, the broker and a consumer poll. Switching either way rebuilds the
         * read model once.
         */
        @WithDefault("true")
        boolean ownEventsFromLog();
    }

    interface Idempotency {
        /** How long a stored response is replayed for a repeated Idempotency-Key. */
        @WithDefault("PT24H")
        Duration retention();
    }
}
