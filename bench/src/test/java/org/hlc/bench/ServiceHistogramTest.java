package org.hlc.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ServiceHistogramTest {
    private static final String METRIC = "hlc_projection_freshness_seconds";

    private static String exposition(String projection, long upTo10ms, long upTo100ms, long upTo1s, long all) {
        return """
                # TYPE hlc_projection_freshness_seconds histogram
                hlc_projection_freshness_seconds_bucket{projection="%1$s",le="0.01"} %2$d
                hlc_projection_freshness_seconds_bucket{projection="%1$s",le="0.1"} %3$d
                hlc_projection_freshness_seconds_bucket{projection="%1$s",le="1.0"} %4$d
                hlc_projection_freshness_seconds_bucket{projection="%1$s",le="+Inf"} %5$d
                hlc_projection_freshness_seconds_count{projection="%1$s"} %5$d
                """.formatted(projection, upTo10ms, upTo100ms, upTo1s, all);
    }

    @Test
    void reads_the_buckets_of_one_projection_only() {
        String text = exposition("leaderboard", 10, 20, 30, 30) + exposition("vote-status", 0, 0, 0, 99);

        ServiceHistogram histogram = ServiceHistogram.parse(text, METRIC, "projection=\"leaderboard\"");

        assertThat(histogram.count()).isEqualTo(30);
        assertThat(histogram.buckets()).hasSize(4);
    }

    @Test
    void interpolates_a_percentile_inside_its_bucket_for_what_was_recorded_between_two_snapshots() {
        ServiceHistogram before = ServiceHistogram.parse(exposition("leaderboard", 100, 100, 100, 100), METRIC, "");
        // since then: 50 events up to 10 ms, 50 between 10 and 100 ms
        ServiceHistogram after = ServiceHistogram.parse(exposition("leaderboard", 150, 200, 200, 200), METRIC, "");

        ServiceHistogram window = after.since(before);

        assertThat(window.count()).isEqualTo(100);
        assertThat(window.percentileMillis(50)).isCloseTo(10.0, within(0.001));
        assertThat(window.percentileMillis(99)).as("49 of the 50 in (10, 100] ms: 98 %% of the way")
                .isCloseTo(10 + 0.98 * 90, within(0.001));
    }

    @Test
    void has_no_percentile_without_events() {
        ServiceHistogram same = ServiceHistogram.parse(exposition("leaderboard", 1, 2, 3, 3), METRIC, "");

        assertThat(same.since(same).percentileMillis(99)).isNaN();
    }
}
