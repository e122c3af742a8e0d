package org.hlc.platform.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.platform.config.HlcConfig;
import org.hlc.platform.eventlog.EventLogSignal;
import org.hlc.platform.events.EventTypeRegistry;
import org.hlc.platform.metrics.EventAgeTimers;

/**
 * One runner per {@link Projection} bean of the service, started with the application. A projection of this service's
 * own events only follows its event log ({@link LogProjectionRunner}); one that reads other services' topics reads
 * Kafka ({@link KafkaProjectionRunner}).
 */
@ApplicationScoped
public class ProjectionRunners {
    private final Map<String, ProjectionRunner> runners = new LinkedHashMap<>();
    private final boolean enabled;

    public ProjectionRunners(Instance<Projection> projections, Pool pool, HlcConfig config, ObjectMapper mapper,
            EventTypeRegistry registry, MeterRegistry meters, EventLogSignal signal,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.enabled = config.projections().enabled();
        ProjectionSettings settings = new ProjectionSettings(bootstrapServers, "hlc-" + config.service(),
                config.projections().pollTimeout(), config.projections().maxPollRecords());
        PayloadUpcaster upcaster = (type, version, payload) -> registry.upcast(registry.shortName(type), version,
                payload);
        for (Projection projection : projections) {
            Timer freshness = EventAgeTimers.register(meters, "hlc.projection.freshness",
                    "time from an event's occurrence to the commit of the read-model transaction that applied it "
                            + "(the 'commit to read model updated' lag)", "projection", projection.name());
            boolean ownEvents = config.projections().ownEventsFromLog()
                    && projection.topics().equals(List.of(config.topic()));
            ProjectionRunner runner = ownEvents
                    ? new LogProjectionRunner(pool, projection, signal, config.topic(),
                            config.projections().maxPollRecords(), config.projections().pollTimeout(), upcaster,
                            freshness, EventAgeTimers.register(meters, "hlc.projection.commit.lag",
                                    "time from the commit of an event's transaction (appended by this process) to "
                                            + "the commit of the read-model transaction that applied it",
                                    "projection", projection.name()))
                    : new KafkaProjectionRunner(pool, projection, settings, mapper, upcaster, freshness);
            runners.put(projection.name(), runner);
            Gauge.builder("hlc.projection.lag", runner, ProjectionRunner::lag).tag("projection", projection.name())
                    .description("events on the topics (or in the event log) not yet applied to the read model")
                    .register(meters);
            FunctionCounter.builder("hlc.projection.applied", runner, ProjectionRunner::appliedCount)
                    .tag("projection", projection.name()).register(meters);
        }
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            runners.values().forEach(ProjectionRunner::start);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        runners.values().forEach(ProjectionRunner::stop);
    }

    public List<ProjectionStatus> statuses() {
        return runners.values().stream().map(ProjectionRunner::status).toList();
    }

    public Optional<ProjectionRunner> runner(String name) {
        return Optional.ofNullable(runners.get(name));
    }
}
