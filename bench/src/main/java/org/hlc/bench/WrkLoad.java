package org.hlc.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The vote load sent by wrk (bench/wrk/vote.lua, given with -Dbench.wrk.script) instead of VoteLoad's own Java
 * clients: the same voters, Zipf-skewed entries and client addresses, written to a plan that the script replays on
 * {@code concurrency} connections. wrk's event loop in C costs a small part of the Java generator's CPU per request
 * (0.31 ms in run 11), CPU that the service under test otherwise loses on the shared cores.
 */
final class WrkLoad {
    /**
     * Plan length per second of load: above any rate seen on two cores (2,200 votes/s in run 10); a run that still
     * reaches the plan's end stops sending and reports it.
     */
    static final int PLAN_VOTES_PER_S = 3_500;

    /** One wrk run: its votes and their monotonic acknowledgement times (System.nanoTime's clock). */
    record Result(long accepted, long rejected, Map<String, Long> statuses, double elapsedSeconds, double p50Ms,
            double p99Ms, long socketErrors, boolean planExhausted, long[] ackTimes) {
    }

    private final Path script;
    private final Path dir;
    private final String base;
    private final String edition;
    private final List<String> entries;
    private final VoteLoad.VoterPool voters;
    private final VoteLoad.VoterPool.Voter[] lanes;
    private final Map<String, Integer> tokenIndex = new HashMap<>();
    private final Path tokens;

    WrkLoad(Path script, Path dir, String base, String edition, List<String> entries, VoteLoad.VoterPool voters,
            int concurrency) {
        this.script = script;
        this.dir = dir;
        this.base = base;
        this.edition = edition;
        this.entries = entries;
        this.voters = voters;
        this.lanes = new VoteLoad.VoterPool.Voter[concurrency];
        this.tokens = dir.resolve("wrk-tokens.txt");
    }

    /**
     * A plan of {@code votes} lines: lane {@code n % concurrency} casts vote n, each lane a voter's ballots one after
     * the other (as one closed-loop client) and then the next voter's; lanes go on where an earlier plan stopped.
     */
    Path plan(String name, int votes) {
        List<String> lines = new ArrayList<>(votes);
        for (int n = 0; n < votes; n++) {
            int lane = n % lanes.length;
            if (lanes[lane] == null || !lanes[lane].hasBallots()) {
                lanes[lane] = voters.newVoter();
            }
            VoteLoad.VoterPool.Ballot ballot = lanes[lane].next();
            int token = tokenIndex.computeIfAbsent(ballot.token(), t -> tokenIndex.size());
            lines.add(token + " " + entries.get(ballot.entry()) + " "
                    + (ballot.address() == null ? "-" : ballot.address()));
        }
        Path plan = dir.resolve(name);
        write(plan, lines);
        return plan;
    }

    /** Sends the plan's votes for {@code seconds} (paced at {@code rate} votes/s if > 0) and waits for every answer. */
    Result run(Path plan, int seconds, double rate) throws IOException, InterruptedException {
        writeTokens();
        Path acks = dir.resolve(plan.getFileName() + ".acks");
        Files.deleteIfExists(acks);
        Process wrk = new ProcessBuilder("wrk", "-t1", "-c" + lanes.length, "-d" + (seconds + 300) + "s",
                "--timeout", "30s", "-s", script.toString(), base, "--",
                plan.toString(), tokens.toString(), edition, Integer.toString(seconds), Double.toString(rate),
                acks.toString())
                .redirectErrorStream(true).start();
        Map<String, String> values = new LinkedHashMap<>();
        List<String> output = new ArrayList<>();
        try (var reader = wrk.inputReader()) {
            for (String line; (line = reader.readLine()) != null;) {
                output.add(line);
                int eq = line.indexOf('=');
                if (line.startsWith("wrk_") && eq > 0) {
                    values.put(line.substring(4, eq), line.substring(eq + 1));
                }
            }
        }
        if (!wrk.waitFor(seconds + 330L, TimeUnit.SECONDS) || wrk.exitValue() != 0 || !values.containsKey("elapsed_s")
                || !Files.exists(acks)) {
            wrk.destroyForcibly();
            throw new IllegalStateException("wrk did not finish its votes: " + String.join("\n", output));
        }
        long[] ackTimes = Files.readAllLines(acks).stream().mapToLong(Long::parseLong).toArray();
        return new Result(Long.parseLong(values.get("votes_accepted")), Long.parseLong(values.get("votes_rejected")),
                statuses(values.get("statuses")), Double.parseDouble(values.get("elapsed_s")),
                Double.parseDouble(values.get("vote_p50_ms")), Double.parseDouble(values.get("vote_p99_ms")),
                Long.parseLong(values.get("socket_errors")), Boolean.parseBoolean(values.get("plan_exhausted")),
                ackTimes);
    }

    /** The tokens of every voter in a plan so far, a line each, in the order of the plan's token indexes. */
    private void writeTokens() {
        String[] ordered = new String[tokenIndex.size()];
        tokenIndex.forEach((token, index) -> ordered[index] = token);
        write(tokens, List.of(ordered));
    }

    /** "{201=5, 409=1}" as wrk's script prints it. */
    static Map<String, Long> statuses(String printed) {
        Map<String, Long> statuses = new LinkedHashMap<>();
        String inner = printed.replaceAll("[{}\\s]", "");
        for (String pair : inner.isEmpty() ? new String[0] : inner.split(",")) {
            String[] parts = pair.split("=");
            statuses.merge(parts[0], Long.parseLong(parts[1]), Long::sum);
        }
        return statuses;
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
