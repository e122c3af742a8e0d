package org.hlc.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Histograms of how old an event is when something happens to it (relayed, applied): one bucket layout for all of
 * them, 1 ms to 1 min, so their percentiles compare and a reader of /q/metrics (the vote benchmark) can subtract
 * two scrapes bucket by bucket.
 */
public final class EventAgeTimers {
    private EventAgeTimers() {
    }

    public static Timer register(MeterRegistry registry, String name, String description, String... tags) {
        return Timer.builder(name).tags(tags).description(description).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(1))
                .register(registry);
    }
}
