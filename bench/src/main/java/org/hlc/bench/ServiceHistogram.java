package org.hlc.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cumulative buckets of one of the service's timer histograms, read from /q/metrics: e.g.
 * {@code hlc_projection_freshness_seconds} (event time to the commit that applied it, per projection) or
 * {@code hlc_outbox_delay_seconds} (event time to Kafka's acknowledgement). Two snapshots give the distribution of
 * what was recorded between them.
 */
record ServiceHistogram(TreeMap<Double, Double> buckets) {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

    /** {@code label}: a label the series must have, e.g. {@code projection="leaderboard"}; empty for any. */
    static ServiceHistogram scrape(String baseUrl, String metric, String label) {
        try {
            String text = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/metrics"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
            return parse(text, metric, label);
        } catch (Exception e) {
            System.err.println("could not read /q/metrics: " + e);
            return new ServiceHistogram(new TreeMap<>());
        }
    }

    /** The cumulative buckets of {@code metric} in a Prometheus text exposition. */
    static ServiceHistogram parse(String text, String metric, String label) {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        Matcher line = Pattern.compile("^" + Pattern.quote(metric + "_bucket{") + "(.*)}\\s+(\\S+)$",
                Pattern.MULTILINE).matcher(text);
        while (line.find()) {
            if (!line.group(1).contains(label)) {
                continue;
            }
            Matcher le = LE.matcher(line.group(1));
            if (le.find()) {
                double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
                buckets.put(bound, Double.parseDouble(line.group(2)));
            }
        }
        return new ServiceHistogram(buckets);
    }

    /** The events counted in this snapshot and not in {@code earlier}, per bucket. */
    ServiceHistogram since(ServiceHistogram earlier) {
        TreeMap<Double, Double> delta = new TreeMap<>();
        buckets.forEach((bound, count) -> delta.put(bound, count - earlier.buckets().getOrDefault(bound, 0.0)));
        return new ServiceHistogram(delta);
    }

    double count() {
        return buckets.isEmpty() ? 0 : buckets.lastEntry().getValue();
    }

    /** The percentile in milliseconds, interpolated linearly inside its bucket; NaN without events. */
    double percentileMillis(double percentile) {
        double total = count();
        if (total <= 0) {
            return Double.NaN;
        }
        double rank = total * percentile / 100;
        double lowerBound = 0;
        double below = 0;
        for (Map.Entry<Double, Double> bucket : buckets.entrySet()) {
            if (bucket.getValue() >= rank) {
                if (bucket.getKey().isInfinite()) {
                    return lowerBound * 1000;
                }
                double inBucket = bucket.getValue() - below;
                double share = inBucket <= 0 ? 1 : (rank - below) / inBucket;
                return (lowerBound + share * (bucket.getKey() - lowerBound)) * 1000;
            }
            lowerBound = bucket.getKey();
            below = bucket.getValue();
        }
        return lowerBound * 1000;
    }
}
