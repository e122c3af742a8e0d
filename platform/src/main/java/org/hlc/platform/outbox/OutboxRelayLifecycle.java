package org.hlc.platform.outbox;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.platform.config.HlcConfig;
import org.hlc.platform.eventlog.EventLogSignal;
import org.hlc.platform.metrics.EventAgeTimers;

/** Starts the service's relay with the application and stops it before the pool closes. */
@ApplicationScoped
public class OutboxRelayLifecycle {
    private final OutboxRelay relay;
    private final boolean enabled;

    public OutboxRelayLifecycle(Pool pool, HlcConfig config, MeterRegistry registry, EventLogSignal signal,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        HlcConfig.Relay relayConfig = config.relay();
        this.enabled = relayConfig.enabled();
        this.relay = new OutboxRelay(pool, new RelaySettings(config.service(), config.topic(), config.eventSource(),
                bootstrapServers, relayConfig.batchSize(), relayConfig.idlePoll(), relayConfig.retryBackoff(),
                relayConfig.deliveryTimeout()), EventAgeTimers.register(registry, "hlc.outbox.delay",
                        "time from an event's occurrence to its acknowledgement by Kafka"), signal);
        FunctionCounter.builder("hlc.outbox.published", relay, OutboxRelay::publishedCount)
                .description("events published to Kafka by the relay").register(registry);
        FunctionCounter.builder("hlc.outbox.failures", relay, OutboxRelay::failureCount)
                .description("relay batches that failed and were retried").register(registry);
        Gauge.builder("hlc.outbox.position", relay, OutboxRelay::lastPublishedPosition)
                .description("global position of the last event published").register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            relay.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        relay.stop();
    }

    public OutboxRelay relay() {
        return relay;
    }
}
