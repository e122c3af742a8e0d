package org.hlc.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpServerHistogramsTest {
    private final MeterFilter filter = new HttpServerHistograms().httpServerRequestHistograms();

    @Test
    void http_server_requests_publish_a_histogram_from_one_millisecond_to_ten_seconds() {
        DistributionStatisticConfig config = filter.configure(timer("http.server.requests"),
                DistributionStatisticConfig.DEFAULT);

        assertThat(config.isPercentileHistogram()).isTrue();
        assertThat(config.getMinimumExpectedValueAsDouble()).isEqualTo(Duration.ofMillis(1).toNanos());
        assertThat(config.getMaximumExpectedValueAsDouble()).isEqualTo(Duration.ofSeconds(10).toNanos());
    }

    @Test
    void other_timers_keep_their_own_configuration() {
        DistributionStatisticConfig config = filter.configure(timer("hlc.something"),
                DistributionStatisticConfig.NONE);

        assertThat(config).isSameAs(DistributionStatisticConfig.NONE);
    }

    private static Meter.Id timer(String name) {
        return new Meter.Id(name, Tags.of("uri", "/editions/{editionId}/leaderboard/totals"), null, null,
                Meter.Type.TIMER);
    }
}
