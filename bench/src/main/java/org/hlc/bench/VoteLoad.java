package org.hlc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
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
 * measure projection lag and read latency. Prints key=value figures. The first {@code warmup} seconds load the
 * service (JIT compilation, pools, caches) without being measured; their votes count in the tally check.
 * Args: baseUrl seconds concurrency [entries] [warmup] [rate: votes/s, 0 = unpaced]
 */
public final class VoteLoad {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String base;
    private final String organizer = TestTokens.anyone("organizer");
    /**
     * Vert.x client on one event loop: the generator shares the two cores with what it measures, and costs a
     * fraction of the CPU per request of java.net.http (whose per-request executor hand-offs showed in the profile).
     */
    private final io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx(new io.vertx.core.VertxOptions()
            .setEventLoopPoolSize(1).setWorkerPoolSize(2));
    private final io.vertx.core.http.HttpClient http;
    private final String host;
    private final int port;
    /** Votes sent from this time on are measured (throughput, latency, lag); reads likewise. */
    private volatile long measureFrom;
    private final AtomicLong measuredAccepted = new AtomicLong();
    /**
     * With a rate (votes/s), the clients together send at most one vote per interval: latency and lag are then
     * measured below saturation instead of with every core busy. 0: as fast as the clients' responses come back.
     */
    private long intervalNanos;
    private final AtomicLong nextSendSlot = new AtomicLong();

    /** What the generator reads from a response. */
    record Response(int statusCode, String body, String etag) {
    }

    private VoteLoad(String base, int concurrency) {
        this.base = base;
        URI uri = URI.create(base);
        this.host = uri.getHost();
        this.port = uri.getPort();
        this.http = vertx.createHttpClient(new io.vertx.core.http.HttpClientOptions().setKeepAlive(true)
                .setConnectTimeout(5000).setIdleTimeout(60), new io.vertx.core.http.PoolOptions()
                .setHttp1MaxSize(concurrency + 4));
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int seconds = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        int entries = args.length > 3 ? Integer.parseInt(args[3]) : 400;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        double rate = args.length > 5 ? Double.parseDouble(args[5]) : 0;
        VoteLoad load = new VoteLoad(base, concurrency);
        load.intervalNanos = rate > 0 ? (long) (1e9 / rate) : 0;
        try {
            load.run(seconds, warmup, concurrency, entries);
        } finally {
            load.vertx.close();
        }
    }

    private void run(int seconds, int warmup, int concurrency, int entryCount) throws Exception {
        long setupStart = System.nanoTime();
        String edition = createEdition();
        List<String> entries = createAcceptedEntries(edition, entryCount);
        System.out.printf("setup_seconds=%.1f%nentries=%d%n", (System.nanoTime() - setupStart) / 1e9, entries.size());

        long signing = System.nanoTime();
        // enough voters for the whole run (5.5 ballots each on average: ~400 new voters/s at 2,200 votes/s, with
        // headroom): a voter beyond them is signed for on the generator's event loop, which a 170 s run showed as 0.47
        // cores of generator CPU, and which delays the leaderboard reads the generator times (a 140 s run at
        // 2,200 votes/s that ran out near its end: read p99 70 ms)
        int voterCount = Math.max(20_000, (seconds + warmup) * 700);
        VoterPool voters = new VoterPool(entries.size(), 10, new Random(2014), voterCount);
        System.out.printf("voter_tokens_signed=%d in %.1f s%n", voterCount, (System.nanoTime() - signing) / 1e9);
        measureFrom = Long.MAX_VALUE; // set by the load when its measured window begins
        long start = System.nanoTime();
        long nominalEnd = start + Duration.ofSeconds(warmup + seconds).toNanos();
        LeaderboardSampler sampler = new LeaderboardSampler(edition, nominalEnd + Duration.ofSeconds(60).toNanos());
        Thread samplerThread = new Thread(sampler, "leaderboard-sampler");
        samplerThread.start();
        String wrkScript = System.getProperty("bench.wrk.script");
        Load load = wrkScript == null ? javaClients(edition, entries, voters, start, seconds, warmup, concurrency)
                : wrkClients(java.nio.file.Path.of(wrkScript), edition, entries, voters, seconds, warmup,
                        concurrency);
        load.cpuAfter().print(load.cpuBefore(), load.elapsedSeconds());
        long acceptedVotes = load.accepted();
        sampler.waitFor(acceptedVotes);
        samplerThread.interrupt();
        samplerThread.join();

        System.out.printf("generator=%s%n", wrkScript == null ? "java" : "wrk");
        System.out.printf("votes_accepted=%d%nvotes_rejected=%d%nstatuses=%s%n", acceptedVotes, load.rejected(),
                load.statuses());
        System.out.printf("warmup_seconds=%d%nvotes_measured=%d%n", warmup, load.measured());
        System.out.printf("votes_per_s=%.0f%n", load.measured() / load.elapsedSeconds());
        System.out.printf("vote_p50_ms=%.1f%nvote_p99_ms=%.1f%n", load.p50Ms(), load.p99Ms());
        long[] ackTimes = load.ackTimes();
        ServiceHistogram[] before = load.histogramsBefore();
        long[] lags = sampler.lags(ackTimes, (int) Math.min(acceptedVotes, ackTimes.length - 1));
        System.out.printf("projection_lag_p50_ms=%.1f%nprojection_lag_p99_ms=%.1f%n", pct(lags, 50), pct(lags, 99));
        // the service's own histograms, for the events relayed and applied since measureFrom
        ServiceHistogram[] after = histograms();
        ServiceHistogram relayed = after[0].since(before[0]);
        ServiceHistogram freshness = after[1].since(before[1]);
        System.out.printf("relay_delay_p50_ms=%.1f%nrelay_delay_p99_ms=%.1f%n", relayed.percentileMillis(50),
                relayed.percentileMillis(99));
        System.out.printf("freshness_p50_ms=%.1f%nfreshness_p99_ms=%.1f%nfreshness_events=%.0f%n",
                freshness.percentileMillis(50), freshness.percentileMillis(99), freshness.count());
        ServiceHistogram commitLag = after[2].since(before[2]);
        System.out.printf("commit_lag_p50_ms=%.1f%ncommit_lag_p99_ms=%.1f%ncommit_lag_events=%.0f%n",
                commitLag.percentileMillis(50), commitLag.percentileMillis(99), commitLag.count());
        ServiceHistogram readsInside = after[3].since(before[3]);
        System.out.printf("read_inside_p50_ms=%.1f%nread_inside_p99_ms=%.1f%n", readsInside.percentileMillis(50),
                readsInside.percentileMillis(99));
        long[] reads = sampler.readLatencies();
        System.out.printf("leaderboard_read_p50_ms=%.1f%nleaderboard_read_p99_ms=%.1f%nleaderboard_reads=%d%n",
                pct(reads, 50), pct(reads, 99), reads.length);
        long tally = sampler.lastTotal();
        System.out.printf("tally=%d%ntally_matches_accepted=%s%n", tally, tally == acceptedVotes);
        System.out.printf("edition=%s%n", edition);
    }

    /**
     * What a load left for the figures: votes (all, and those sent in the measured window), latency of the measured
     * ones, acknowledgement times (index n: the n-th accepted vote, from 1), and the samples taken as the measured
     * window began and ended.
     */
    private record Load(long accepted, long rejected, String statuses, long measured, double elapsedSeconds,
            double p50Ms, double p99Ms, long[] ackTimes, CpuSample cpuBefore, CpuSample cpuAfter,
            ServiceHistogram[] histogramsBefore) {
    }

    /** The generator's own closed-loop clients on its Vert.x event loop. */
    private Load javaClients(String edition, List<String> entries, VoterPool voters, long start, int seconds,
            int warmup, int concurrency) throws InterruptedException {
        AtomicLong accepted = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        ConcurrentHashMap<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
        long[] ackTimes = new long[5_000_000];
        measureFrom = start + Duration.ofSeconds(warmup).toNanos();
        long deadline = measureFrom + Duration.ofSeconds(seconds).toNanos();
        CompletableFuture<CpuSample> cpuBefore = CompletableFuture.supplyAsync(() -> {
            java.util.concurrent.locks.LockSupport.parkNanos(measureFrom - System.nanoTime());
            return CpuSample.now();
        });
        CompletableFuture<ServiceHistogram[]> histogramsBefore = cpuBefore.thenApply(cpu -> histograms());
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int i = 0; i < concurrency; i++) {
            voteLoop(edition, entries, voters.newVoter(), deadline, accepted, rejected, statuses, latencies, ackTimes,
                    done);
        }
        done.await();
        double elapsed = (System.nanoTime() - measureFrom) / 1e9;
        CpuSample cpuAfter = CpuSample.now();
        long[] voteLatency = latencies.stream().mapToLong(l -> l[0]).sorted().toArray();
        return new Load(accepted.get(), rejected.get(), statuses.toString(), measuredAccepted.get(), elapsed,
                pct(voteLatency, 50), pct(voteLatency, 99), ackTimes, cpuBefore.join(), cpuAfter,
                histogramsBefore.join());
    }

    /**
     * wrk sends the votes (see WrkLoad): a warm-up run, then the measured one; latency is wrk's, over every response
     * of the measured run (rejections included: there are none unless something is wrong, see the statuses).
     */
    private Load wrkClients(java.nio.file.Path script, String edition, List<String> entries, VoterPool voters,
            int seconds, int warmup, int concurrency) throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("bench.tokens", "voter-tokens.txt"))
                .toAbsolutePath().getParent();
        WrkLoad wrk = new WrkLoad(script, dir, base, edition, entries, voters, concurrency);
        java.nio.file.Path warmupPlan = warmup == 0 ? null
                : wrk.plan("plan-warmup.txt", warmup * WrkLoad.PLAN_VOTES_PER_S + concurrency);
        java.nio.file.Path measuredPlan = wrk.plan("plan-measured.txt", seconds * WrkLoad.PLAN_VOTES_PER_S);
        double votesPerSecond = intervalNanos == 0 ? 0 : 1e9 / intervalNanos;
        WrkLoad.Result warm = warmupPlan == null ? null : wrk.run(warmupPlan, warmup, votesPerSecond);
        measureFrom = System.nanoTime();
        CpuSample cpuBefore = CpuSample.now();
        ServiceHistogram[] histogramsBefore = histograms();
        WrkLoad.Result measured = wrk.run(measuredPlan, seconds, votesPerSecond);
        CpuSample cpuAfter = CpuSample.now();
        double elapsed = (System.nanoTime() - measureFrom) / 1e9;
        long[] warmAcks = warm == null ? new long[0] : warm.ackTimes();
        long[] ackTimes = new long[1 + warmAcks.length + measured.ackTimes().length];
        System.arraycopy(warmAcks, 0, ackTimes, 1, warmAcks.length);
        System.arraycopy(measured.ackTimes(), 0, ackTimes, 1 + warmAcks.length, measured.ackTimes().length);
        Map<String, Long> statuses = new java.util.TreeMap<>(measured.statuses());
        if (warm != null) {
            warm.statuses().forEach((status, count) -> statuses.merge(status, count, Long::sum));
        }
        for (WrkLoad.Result run : warm == null ? List.of(measured) : List.of(warm, measured)) {
            if (run.planExhausted() || run.socketErrors() > 0) {
                System.out.printf("wrk_warning=plan exhausted: %s, socket errors: %d%n", run.planExhausted(),
                        run.socketErrors());
            }
        }
        return new Load(ackTimes.length - 1, measured.rejected() + (warm == null ? 0 : warm.rejected()),
                statuses.toString(), measured.accepted(), elapsed, measured.p50Ms(), measured.p99Ms(), ackTimes,
                cpuBefore, cpuAfter, histogramsBefore);
    }

    /**
     * Event time to Kafka acknowledgement (relay), event time to the leaderboard's commit, the vote's commit to the
     * leaderboard's commit, and the leaderboard totals read inside the service (arrival to response).
     */
    private ServiceHistogram[] histograms() {
        return new ServiceHistogram[] {ServiceHistogram.scrape(base, "hlc_outbox_delay_seconds", ""),
                ServiceHistogram.scrape(base, "hlc_projection_freshness_seconds", "projection=\"leaderboard\""),
                ServiceHistogram.scrape(base, "hlc_projection_commit_lag_seconds", "projection=\"leaderboard\""),
                ServiceHistogram.scrape(base, "http_server_requests_seconds",
                        "uri=\"/editions/{editionId}/leaderboard/totals\"")};
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
        long delayNanos = intervalNanos == 0 ? 0 : reserveSendSlot();
        if (delayNanos >= 1_000_000) {
            vertx.setTimer(delayNanos / 1_000_000, id -> cast(edition, entries, voter, deadline, accepted, rejected,
                    statuses, latencies, ackTimes, done));
        } else {
            cast(edition, entries, voter, deadline, accepted, rejected, statuses, latencies, ackTimes, done);
        }
    }

    /** Nanoseconds until this client may send; a slot missed while all clients were busy is not made up later. */
    private long reserveSendSlot() {
        long now = System.nanoTime();
        long slot = nextSendSlot.accumulateAndGet(now, (next, time) -> Math.max(next, time) + intervalNanos)
                - intervalNanos;
        return Math.max(0, slot - now);
    }

    private void cast(String edition, List<String> entries, VoterPool.Voter voter, long deadline,
            AtomicLong accepted, AtomicLong rejected, Map<Integer, AtomicInteger> statuses,
            ConcurrentLinkedQueue<long[]> latencies, long[] ackTimes, CountDownLatch done) {
        VoterPool.Voter current = voter.hasBallots() ? voter : voter.pool().newVoter();
        VoterPool.Ballot ballot = current.next();
        long sent = System.nanoTime();
        send("POST", "/editions/" + edition + "/votes", ballot.token(),
                "{\"entryId\":\"" + entries.get(ballot.entry()) + "\"}", null, ballot.address()).whenComplete((response, failure) -> {
                    long now = System.nanoTime();
                    int status = failure == null ? response.statusCode() : -1;
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    if (status == 201) {
                        long n = accepted.incrementAndGet();
                        if (n < ackTimes.length) {
                            ackTimes[(int) n] = now;
                        }
                        if (sent >= measureFrom) {
                            measuredAccepted.incrementAndGet();
                            latencies.add(new long[] { (now - sent) / 1000 });
                        }
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
        Response response = send("POST", "/editions", organizer, body).join();
        require(response, 201, "create edition");
        return JSON.readTree(response.body()).path("id").asText();
    }

    private List<String> createAcceptedEntries(String edition, int count) throws Exception {
        String[] countries = { "CO", "PE", "NG", "GH", "KE", "UG", "LB", "EG", "IN", "ID", "NP", "PH", "BO", "ML",
                "TZ", "PK" };
        String[] categories = { "Water", "Food", "Energy", "Education" };
        List<CompletableFuture<String>> futures = new ArrayList<>();
        Semaphore inFlight = new Semaphore(64);
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
                        String etag = submitted.etag() == null ? "\"1\"" : submitted.etag();
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

    private CompletableFuture<Response> send(String method, String path, String token, String body) {
        return send(method, path, token, body, null);
    }

    private CompletableFuture<Response> send(String method, String path, String token, String body,
            String ifMatch) {
        return send(method, path, token, body, ifMatch, null);
    }

    /** {@code forwardedFor}: the client address a trusted reverse proxy would add (X-Forwarded-For), or null. */
    private CompletableFuture<Response> send(String method, String path, String token, String body,
            String ifMatch, String forwardedFor) {
        CompletableFuture<Response> result = new CompletableFuture<>();
        io.vertx.core.http.RequestOptions options = new io.vertx.core.http.RequestOptions()
                .setMethod(io.vertx.core.http.HttpMethod.valueOf(method)).setHost(host).setPort(port).setURI(path)
                .setTimeout(30_000).putHeader("Authorization", "Bearer " + token)
                .putHeader("Content-Type", "application/json");
        if (ifMatch != null) {
            options.putHeader("If-Match", ifMatch);
        }
        if (forwardedFor != null) {
            options.putHeader("X-Forwarded-For", forwardedFor);
        }
        http.request(options)
                .compose(request -> body == null ? request.send()
                        : request.send(io.vertx.core.buffer.Buffer.buffer(body)))
                .compose(response -> response.body().map(buffer -> new Response(response.statusCode(),
                        buffer.toString(), response.getHeader("ETag"))))
                .onComplete(done -> {
                    if (done.succeeded()) {
                        result.complete(done.result());
                    } else {
                        result.completeExceptionally(done.cause());
                    }
                });
        return result;
    }

    private static void require(Response response, int status, String what) {
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

    /**
     * CPU seconds used by the award-service (-Dbench.award.pid), of which by its JIT compiler threads, this load
     * generator (with its wrk runs), all PostgreSQL processes and the whole machine: where the two cores went during
     * the load (the generator competes with what it measures; the compilers show how far from its steady state the
     * service still is: on run 13's box C2 took ~0.47 cores 50 s into the load).
     */
    record CpuSample(double award, double awardJit, double loadgen, double postgres, double machineBusy) {
        private static final double HZ = 100.0;

        static CpuSample now() {
            String pid = System.getProperty("bench.award.pid");
            double postgres = 0;
            java.io.File[] procs = new java.io.File("/proc").listFiles(f -> f.getName().matches("\\d+"));
            for (java.io.File proc : procs == null ? new java.io.File[0] : procs) {
                if ("postgres".equals(read(proc.toPath().resolve("comm")).strip())) {
                    postgres += ticks(proc.getName());
                }
            }
            String[] cpu = read(java.nio.file.Path.of("/proc/stat")).lines().findFirst().orElse("cpu 0").trim()
                    .split("\\s+");
            double busy = 0;
            for (int i = 1; i < cpu.length; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Double.parseDouble(cpu[i]);
                }
            }
            return new CpuSample(pid == null ? 0 : ticks(pid) / HZ, pid == null ? 0 : compilerTicks(pid) / HZ,
                    (ticks("self") + childTicks()) / HZ, postgres / HZ, busy / HZ);
        }

        void print(CpuSample before, double seconds) {
            System.out.printf("cpu_award=%.2f%ncpu_award_jit=%.2f%ncpu_loadgen=%.2f%ncpu_postgres=%.2f%n"
                    + "cpu_machine=%.2f%n", (award - before.award) / seconds,
                    Math.max(0, awardJit - before.awardJit) / seconds, // a compiler thread that ended took its CPU along
                    (loadgen - before.loadgen) / seconds,
                    (postgres - before.postgres) / seconds, (machineBusy - before.machineBusy) / seconds);
        }

        static double ticks(String pid) {
            return statTicks(pid, 11); // utime, stime
        }

        /**
         * The sum of two adjacent tick fields of /proc/{pid}/stat, counted from the field after the command name
         * (which may hold spaces); 0 for a process that has ended.
         */
        private static double statTicks(String pid, int field) {
            String stat = read(java.nio.file.Path.of("/proc", pid, "stat"));
            if (stat.isEmpty()) {
                return 0;
            }
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Double.parseDouble(fields[field]) + Double.parseDouble(fields[field + 1]);
        }

        /** CPU of the process's JIT compiler threads ("C1 CompilerThre", "C2 CompilerThre" in /proc). */
        static double compilerTicks(String pid) {
            double ticks = 0;
            java.io.File[] tasks = new java.io.File("/proc/" + pid + "/task").listFiles();
            for (java.io.File task : tasks == null ? new java.io.File[0] : tasks) {
                if (read(task.toPath().resolve("comm")).contains("CompilerThre")) {
                    ticks += ticks(pid + "/task/" + task.getName());
                }
            }
            return ticks;
        }

        /** CPU of the generator's child processes that have ended (wrk runs, once waited for). */
        private static double childTicks() {
            return statTicks("self", 13); // cutime, cstime
        }

        private static String read(java.nio.file.Path path) {
            try {
                return java.nio.file.Files.readString(path);
            } catch (java.io.IOException e) {
                return "";
            }
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
                    Response response = send("GET",
                            "/editions/" + edition + "/leaderboard/totals?by=country", organizer, null).join();
                    long now = System.nanoTime();
                    long total = 0;
                    for (JsonNode item : read(response.body()).path("items")) {
                        total += item.path("validVotes").asLong();
                    }
                    synchronized (this) {
                        if (sent >= measureFrom) {
                            reads.add((now - sent) / 1000);
                        }
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
                if (ackTimes[n] < measureFrom) {
                    continue; // acknowledged during the warm-up
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
    static final class VoterPool {
        record Ballot(String token, String address, int entry) {
        }

        private final double[] cumulative;
        private final int maxVotes;
        private final Random random;

        private final java.util.Iterator<String> presigned;

        /** Tokens are signed before the load starts: RSA signing on the hot path would compete with the server. */
        VoterPool(int entries, int maxVotes, Random random, int voters) {
            this.maxVotes = maxVotes;
            this.random = random;
            this.presigned = presigned(voters).iterator();
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

        /**
         * Voter tokens (12 h lifetime) kept in the file named by -Dbench.tokens between runs: signing 20,000 RS256
         * tokens takes minutes on a busy 2-core box. Every run creates a new edition, so reused voters are new there.
         */
        private static List<String> presigned(int voters) {
            String file = System.getProperty("bench.tokens");
            java.nio.file.Path path = file == null ? null : java.nio.file.Path.of(file);
            List<String> tokens = new ArrayList<>();
            try {
                if (path != null && java.nio.file.Files.exists(path) && java.nio.file.Files.getLastModifiedTime(path)
                        .toInstant().isAfter(Instant.now().minus(Duration.ofHours(10)))) {
                    tokens.addAll(java.nio.file.Files.readAllLines(path));
                }
                if (tokens.size() < voters) {
                    tokens.addAll(java.util.stream.IntStream.range(tokens.size(), voters).parallel()
                            .mapToObj(i -> TestTokens.token("voter-" + UUID.randomUUID(), Duration.ofHours(12),
                                    "voter"))
                            .toList());
                    if (path != null) {
                        java.nio.file.Files.write(path, tokens);
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return tokens.subList(0, voters);
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
            return new Voter(this, token, address(), new java.util.ArrayDeque<>(chosen));
        }

        /**
         * The voter's client address, as a reverse proxy in front of the service forwards it: a public vote comes from
         * many networks (here one of ~65,000 /24s at random), not all from one; null with -Dbench.one-address, where
         * every vote comes from the generator's own loopback address.
         */
        private String address() {
            return Boolean.getBoolean("bench.one-address") ? null
                    : "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        }

        record Voter(VoterPool pool, String token, String address, java.util.Deque<Integer> remaining) {
            boolean hasBallots() {
                return !remaining.isEmpty();
            }

            Ballot next() {
                return new Ballot(token, address, remaining.pop());
            }
        }
    }
}
