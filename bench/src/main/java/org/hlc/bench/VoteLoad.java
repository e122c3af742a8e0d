package org.hlc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.hlc.platform.testing.TestTokens;

/**
 * Load generator for the vote path of a running award-service (tokens signed with the test key the service was
 * started with, verified by quarkus-oidc as in production). Sets up an edition with ~400 accepted entries, then runs
 * closed-loop voters for a fixed time with a Zipf skew over the entries, while an organizer polls the leaderboard to
 * measure projection lag and read latency. Prints key=value figures.
 * Args: baseUrl seconds concurrency [entries]
 */
public final class VoteLoad {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String organizer = TestTokens.anyone("organizer");

    private VoteLoad(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int seconds = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        int entries = args.length > 3 ? Integer.parseInt(args[3]) : 400;
        new VoteLoad(base).run(seconds, concurrency, entries);
    }

    private void run(int seconds, int concurrency, int entryCount) throws Exception {
        long setupStart = System.nanoTime();
        String edition = createEdition();
        List<String> entries = createAcceptedEntries(edition, entryCount);
        System.out.printf("setup_seconds=%.1f%nentries=%d%n", (System.nanoTime() - setupStart) / 1e9, entries.size());

        long signing = System.nanoTime();
        VoterPool voters = new VoterPool(entries.size(), 10, new Random(2014), 20_000);
        System.out.printf("voter_tokens_signed=20000 in %.1f s%n", (System.nanoTime() - signing) / 1e9);
        AtomicLong accepted = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        ConcurrentHashMap<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
        long[] ackTimes = new long[5_000_000];
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(seconds).toNanos();
        LeaderboardSampler sampler = new LeaderboardSampler(edition, deadline + Duration.ofSeconds(30).toNanos());
        Thread samplerThread = new Thread(sampler, "leaderboard-sampler");
        samplerThread.start();

        CountDownLatch done = new CountDownLatch(concurrency);
        for (int i = 0; i < concurrency; i++) {
            voteLoop(edition, entries, voters.newVoter(), deadline, accepted, rejected, statuses, latencies, ackTimes,
                    done);
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long acceptedVotes = accepted.get();
        sampler.waitFor(acceptedVotes);
        samplerThread.interrupt();
        samplerThread.join();

        long[] voteLatency = latencies.stream().mapToLong(l -> l[0]).sorted().toArray();
        System.out.printf("votes_accepted=%d%nvotes_rejected=%d%nstatuses=%s%n", acceptedVotes, rejected.get(),
                statuses);
        System.out.printf("votes_per_s=%.0f%n", acceptedVotes / elapsed);
        System.out.printf("vote_p50_ms=%.1f%nvote_p99_ms=%.1f%n", pct(voteLatency, 50), pct(voteLatency, 99));
        long[] lags = sampler.lags(ackTimes, (int) Math.min(acceptedVotes, ackTimes.length));
        System.out.printf("projection_lag_p50_ms=%.1f%nprojection_lag_p99_ms=%.1f%n", pct(lags, 50), pct(lags, 99));
        long[] reads = sampler.readLatencies();
        System.out.printf("leaderboard_read_p50_ms=%.1f%nleaderboard_read_p99_ms=%.1f%nleaderboard_reads=%d%n",
                pct(reads, 50), pct(reads, 99), reads.length);
        long tally = sampler.lastTotal();
        System.out.printf("tally=%d%ntally_matches_accepted=%s%n", tally, tally == acceptedVotes);
        System.out.printf("edition=%s%n", edition);
    }

    /** One client: a voter casts their ballots one after the other, then the client becomes the next voter. */
    private void voteLoop(String edition, List<String> entries, VoterPool.Voter voter, long deadline,
            AtomicLong accepted,
            AtomicLong rejected, Map<Integer, AtomicInteger> statuses, ConcurrentLinkedQueue<long[]> latencies,
            long[] ackTimes, CountDownLatch done) {
        if (System.nanoTime() > deadline) {
            done.countDown();
            return;
        }
        VoterPool.Voter current = voter.hasBallots() ? voter : voter.pool().newVoter();
        VoterPool.Ballot ballot = current.next();
        long sent = System.nanoTime();
        send("POST", "/editions/" + edition + "/votes", ballot.token(),
                "{\"entryId\":\"" + entries.get(ballot.entry()) + "\"}").whenComplete((response, failure) -> {
                    long now = System.nanoTime();
                    int status = failure == null ? response.statusCode() : -1;
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    if (status == 201) {
                        long n = accepted.incrementAndGet();
                        if (n < ackTimes.length) {
                            ackTimes[(int) n] = now;
                        }
                        latencies.add(new long[] { (now - sent) / 1000 });
                    } else {
                        rejected.incrementAndGet();
                    }
                    voteLoop(edition, entries, current, deadline, accepted, rejected, statuses, latencies, ackTimes,
                            done);
                });
    }

    private String createEdition() throws Exception {
        Instant now = Instant.now();
        String body = JSON.writeValueAsString(Map.of("name", "Benchmark " + now, "year", 2014,
                "categories", List.of("Water", "Food", "Energy", "Education"),
                "phases", List.of(
                        Map.of("phase", "CALL_FOR_ENTRIES", "opensAt", now.minusSeconds(3600).toString(),
                                "closesAt", now.plusSeconds(86_400).toString()),
                        Map.of("phase", "PUBLIC_VOTING", "opensAt", now.minusSeconds(3600).toString(),
                                "closesAt", now.plusSeconds(86_400).toString())),
                "rules", Map.of("maxVotesPerVoter", 10)));
        HttpResponse<String> response = send("POST", "/editions", organizer, body).join();
        require(response, 201, "create edition");
        return JSON.readTree(response.body()).path("id").asText();
    }

    private List<String> createAcceptedEntries(String edition, int count) throws Exception {
        String[] countries = { "CO", "PE", "NG", "GH", "KE", "UG", "LB", "EG", "IN", "ID", "NP", "PH", "BO", "ML",
                "TZ", "PK" };
        String[] categories = { "Water", "Food", "Energy", "Education" };
        List<CompletableFuture<String>> futures = new ArrayList<>();
        Semaphore inFlight = new Semaphore(16);
        for (int i = 0; i < count; i++) {
            inFlight.acquire();
            String body = JSON.writeValueAsString(Map.of("title", "Initiative " + i, "summary",
                    "Benchmark entry " + i, "country", countries[i % countries.length], "category",
                    categories[i % categories.length], "teamMembers", List.of(Map.of("name", "Lead " + i)),
                    "contactEmail", "lead" + i + "@example.org"));
            futures.add(send("POST", "/editions/" + edition + "/entries", TestTokens.anyone("participant"), body)
                    .thenCompose(submitted -> {
                        require(submitted, 201, "submit entry");
                        String id = read(submitted.body()).path("id").asText();
                        String etag = submitted.headers().firstValue("ETag").orElse("\"1\"");
                        return send("POST", "/entries/" + id + "/review", organizer, "{\"decision\":\"ACCEPT\"}",
                                etag).thenApply(reviewed -> {
                                    require(reviewed, 200, "accept entry");
                                    return id;
                                });
                    }).whenComplete((id, failure) -> inFlight.release()));
        }
        List<String> ids = new ArrayList<>();
        for (CompletableFuture<String> future : futures) {
            ids.add(future.join());
        }
        return ids;
    }

    private CompletableFuture<HttpResponse<String>> send(String method, String path, String token, String body) {
        return send(method, path, token, body, null);
    }

    private CompletableFuture<HttpResponse<String>> send(String method, String path, String token, String body,
            String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void require(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static double pct(long[] sortedMicros, int percentile) {
        if (sortedMicros.length == 0) {
            return Double.NaN;
        }
        long[] sorted = sortedMicros.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }

    /** Polls the leaderboard totals as an organizer: when did each accepted vote become visible, how fast are reads. */
    private final class LeaderboardSampler implements Runnable {
        private final String edition;
        private final long until;
        private final List<long[]> samples = new ArrayList<>();
        private final List<Long> reads = new ArrayList<>();
        private volatile long lastTotal;

        LeaderboardSampler(String edition, long until) {
            this.edition = edition;
            this.until = until;
        }

        @Override
        public void run() {
            while (!Thread.currentThread().isInterrupted() && System.nanoTime() < until) {
                long sent = System.nanoTime();
                try {
                    HttpResponse<String> response = send("GET",
                            "/editions/" + edition + "/leaderboard/totals?by=country", organizer, null).join();
                    long now = System.nanoTime();
                    long total = 0;
                    for (JsonNode item : read(response.body()).path("items")) {
                        total += item.path("validVotes").asLong();
                    }
                    synchronized (this) {
                        reads.add((now - sent) / 1000);
                        samples.add(new long[] { now, total });
                        lastTotal = total;
                    }
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // a failed read is not a sample; keep polling
                }
            }
        }

        void waitFor(long expected) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (lastTotal < expected && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }

        long lastTotal() {
            return lastTotal;
        }

        /** For every accepted vote n: first sample time with total ≥ n, minus the time vote n was acknowledged. */
        synchronized long[] lags(long[] ackTimes, int accepted) {
            long[] lags = new long[accepted];
            int sample = 0;
            int count = 0;
            for (int n = 1; n <= accepted && n < ackTimes.length; n++) {
                while (sample < samples.size() && samples.get(sample)[1] < n) {
                    sample++;
                }
                if (sample == samples.size() || ackTimes[n] == 0) {
                    break;
                }
                lags[count++] = Math.max(0, (samples.get(sample)[0] - ackTimes[n]) / 1000);
            }
            return Arrays.copyOf(lags, count);
        }

        synchronized long[] readLatencies() {
            return reads.stream().mapToLong(Long::longValue).toArray();
        }
    }

    /** Distinct voters, each casting up to {@code maxVotes} votes on distinct entries chosen with a Zipf skew. */
    private static final class VoterPool {
        record Ballot(String token, int entry) {
        }

        private final double[] cumulative;
        private final int maxVotes;
        private final Random random;

        private final java.util.Iterator<String> presigned;

        /** Tokens are signed before the load starts: RSA signing on the hot path would compete with the server. */
        VoterPool(int entries, int maxVotes, Random random, int voters) {
            this.maxVotes = maxVotes;
            this.random = random;
            this.presigned = java.util.stream.IntStream.range(0, voters).parallel()
                    .mapToObj(i -> TestTokens.token("voter-" + UUID.randomUUID(), "voter")).toList().iterator();
            cumulative = new double[entries];
            double sum = 0;
            for (int i = 0; i < entries; i++) {
                sum += 1.0 / Math.pow(i + 1, 1.1);
                cumulative[i] = sum;
            }
            for (int i = 0; i < entries; i++) {
                cumulative[i] /= sum;
            }
        }

        /** A new voter with 1..maxVotes ballots on distinct entries, Zipf-skewed. */
        synchronized Voter newVoter() {
            String token = presigned.hasNext() ? presigned.next()
                    : TestTokens.token("voter-" + UUID.randomUUID(), "voter");
            int ballots = 1 + random.nextInt(maxVotes);
            java.util.LinkedHashSet<Integer> chosen = new java.util.LinkedHashSet<>();
            while (chosen.size() < ballots) {
                int index = Arrays.binarySearch(cumulative, random.nextDouble());
                chosen.add(index >= 0 ? index : Math.min(cumulative.length - 1, -index - 1));
            }
            return new Voter(this, token, new java.util.ArrayDeque<>(chosen));
        }

        record Voter(VoterPool pool, String token, java.util.Deque<Integer> remaining) {
            boolean hasBallots() {
                return !remaining.isEmpty();
            }

            Ballot next() {
                return new Ballot(token, remaining.pop());
            }
        }
    }
}
