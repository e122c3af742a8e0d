package org.hlc.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/** The award part of the season: edition, call for entries, public voting, semi-final selection, results. */
public final class AwardSeason {
    /** Keycloak hashes on at most one thread per core; a few more keep both cores busy between hashes. */
    private static final int SIGN_IN_THREADS = 4;

    public record Entry(String id, String title, String country, String applicantUsername, String applicantSubject) {
    }

    public final List<Entry> accepted = new ArrayList<>();
    public final AtomicLong votesAccepted = new AtomicLong();
    public final AtomicLong duplicatesRefused = new AtomicLong();
    public final AtomicLong otherRefusals = new AtomicLong();
    public final AtomicLong duplicateAttempts = new AtomicLong();
    public final AtomicLong rateLimited = new AtomicLong();
    /** Double clicks: two identical votes at once, of which exactly one may count. */
    public final AtomicLong doubleClicks = new AtomicLong();
    public final List<JsonNode> semiFinalists = new ArrayList<>();
    public String editionId;
    public Entry burstEntry;
    public int flagsRaised;
    private String etag;
    private int rejectedEntries;

    private final Http http;
    private final Keycloak keycloak;
    private final SimulatorOptions options;
    private final Community community;
    private final Timeline timeline;
    private final Random random;
    private final String run;

    public AwardSeason(Http http, Keycloak keycloak, SimulatorOptions options, Community community,
            Timeline timeline, Random random, String run) {
        this.http = http;
        this.keycloak = keycloak;
        this.options = options;
        this.community = community;
        this.timeline = timeline;
        this.random = random;
        this.run = run;
    }

    private String award(String path) {
        return options.url("award") + path;
    }

    private String organizer() {
        return community.token(community.organizer);
    }

    public void createEdition(Report report) {
        Http.Reply created = http.call("POST", award("/editions"), organizer(), Map.of(
                "name", "Social Innovation Award " + run, "year", 2014,
                "categories", List.of("Expression & engagement", "Green entrepreneurship", "Transparency"),
                "phases", timeline.opening("CALL_FOR_ENTRIES"),
                "rules", Map.of("maxVotesPerVoter", 10, "semiFinalists", 20, "maxSemiFinalistsPerCountry", 2)));
        expect(created, 201, "create edition");
        editionId = created.text("id");
        etag = created.etag();
        report.progress("edition %s; call for entries open (real season: from %s)", editionId,
                Timeline.real("CALL_FOR_ENTRIES"));
    }

    /** Moves the season on: the previous phase closes now, {@code phase} opens (a recorded timeline change). */
    public void open(String phase, Report report) {
        refreshEtag();
        Http.Reply changed = http.send("PUT", award("/editions/" + editionId + "/timeline"), organizer(),
                Map.of("phases", timeline.opening(phase), "reason", "simulator: " + phase + " starts (real "
                        + Timeline.real(phase) + ")"), Map.of("If-Match", etag)).join();
        expect(changed, 200, "open " + phase);
        etag = changed.etag();
        report.progress("timeline: %s open now (real season: %s)", phase, Timeline.real(phase));
    }

    /** Other streams' commands (jury, finalists) may have moved the edition on: read its current version. */
    private void refreshEtag() {
        Http.Reply edition = http.call("GET", award("/editions/" + editionId), organizer(), null);
        expect(edition, 200, "read edition");
        etag = edition.etag();
    }

    public void publishResults(Report report) {
        refreshEtag();
        Http.Reply published = http.send("POST", award("/editions/" + editionId + "/results-publication"),
                organizer(), null, Map.of("If-Match", etag)).join();
        expect(published, 200, "publish results");
        etag = published.etag();
        report.progress("results published: leaderboard and tallies now public");
    }

    public void callForEntries(Report report, int count) {
        List<String> categories = List.of("Expression & engagement", "Green entrepreneurship", "Transparency");
        List<String> applicants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            applicants.add(run + "-applicant-" + i);
        }
        Map<String, String> subjects = keycloak.ensureUsers(applicants, "participant");
        List<Entry> submitted = Parallel.map(count, 8, i -> {
            String[] country = Cast.COUNTRIES.get(countryIndex(i));
            String username = applicants.get(i);
            String subject = subjects.get(username);
            Http.Reply reply = http.call("POST", award("/editions/" + editionId + "/entries"), keycloak.token(username),
                    Map.of("title", "Initiative " + i + " from " + country[0], "summary",
                            "A community initiative tackling a local problem (" + i + ")", "country", country[0],
                            "category", categories.get(i % categories.size()),
                            "teamMembers", List.of(Map.of("name", "Founder " + i, "role", "lead")),
                            "links", List.of("https://example.org/initiative/" + i),
                            "contactEmail", username + "@example.org"));
            expect(reply, 201, "submit entry");
            String decision = i % 25 == 24 ? "REJECT" : "ACCEPT";
            Map<String, String> review = decision.equals("REJECT")
                    ? Map.of("decision", decision, "reason", "outside the award's themes")
                    : Map.of("decision", decision);
            expect(http.send("POST", award("/entries/" + reply.text("id") + "/review"), organizer(), review,
                    Map.of("If-Match", reply.etag())).join(), 200, "review entry");
            return decision.equals("ACCEPT") ? new Entry(reply.text("id"), reply.text("title"), country[0], username,
                    subject) : null;
        });
        submitted.stream().filter(e -> e != null).forEach(accepted::add);
        rejectedEntries = count - accepted.size();
        report.rate("entries submitted", count);
        report.progress("accepted %d, rejected %d", accepted.size(), rejectedEntries);
    }

    /**
     * Public voting with a popularity skew; every voter is a real Keycloak user. Includes deliberate repeats and
     * concurrent duplicate pairs (exactly one of each pair may count). Voters sign in while the earlier ones vote.
     */
    public void publicVoting(Report report, int totalVotes) {
        double[] weights = zipf(accepted.size());
        int votesPerVoter = Math.min(10, accepted.size());
        int voters = Math.max(1, (int) Math.ceil(totalVotes / (double) votesPerVoter));
        List<String> voterNames = new ArrayList<>();
        for (int i = 0; i < voters; i++) {
            voterNames.add(run + "-voter-" + i);
        }
        long creating = System.nanoTime();
        keycloak.ensureUsers(voterNames, "voter");
        long voting = System.nanoTime();
        report.rate("voters created", voters, creating, voting);
        ExecutorService signIns = Executors.newFixedThreadPool(SIGN_IN_THREADS);
        try {
            List<CompletableFuture<String>> tokens = voterNames.stream()
                    .map(name -> CompletableFuture.supplyAsync(() -> keycloak.token(name), signIns)).toList();
            CompletableFuture<Long> signedIn = CompletableFuture.allOf(tokens.toArray(CompletableFuture[]::new))
                    .thenApply(ignored -> System.nanoTime());
            castVotes(voterNames, tokens, weights, votesPerVoter, totalVotes);
            report.rate("voters signed in while voting", voters, voting, signedIn.join());
        } finally {
            signIns.shutdownNow();
        }
        report.rate("votes accepted", votesAccepted.get(), voting, System.nanoTime());
        report.progress("duplicate attempts refused %d (of %d sent), rate-limited and retried %d, other refusals %d",
                duplicatesRefused.get(), duplicateAttempts.get(), rateLimited.get(), otherRefusals.get());
    }

    /** Each voter votes as soon as their sign-in is done; at most 32 voters are signing in or voting at a time. */
    private void castVotes(List<String> voterNames, List<CompletableFuture<String>> tokens, double[] weights,
            int votesPerVoter, int totalVotes) {
        Semaphore activeVoters = new Semaphore(32);
        List<CompletableFuture<Void>> all = new ArrayList<>();
        int cast = 0;
        for (int v = 0; v < tokens.size() && cast < totalVotes; v++) {
            String address = "10." + (v % 200) + "." + random.nextInt(250) + "." + (1 + random.nextInt(250));
            List<String> ballots = new ArrayList<>();
            Set<Integer> chosen = new HashSet<>();
            while (ballots.size() < votesPerVoter && cast < totalVotes) {
                int entry = pick(weights);
                if (chosen.add(entry)) {
                    ballots.add(accepted.get(entry).id());
                    cast++;
                }
            }
            boolean doubleClick = random.nextInt(20) == 0;
            if (doubleClick) {
                doubleClicks.incrementAndGet();
            }
            boolean repeatLater = random.nextInt(20) == 0;
            activeVoters.acquireUninterruptibly();
            String name = voterNames.get(v);
            // the token again from the cache: signed in long before voting (a slow system), it is renewed
            all.add(tokens.get(v).thenCompose(signedIn -> voter(keycloak.token(name), address, ballots, doubleClick,
                            repeatLater))
                    .whenComplete((ignored, failure) -> activeVoters.release()));
        }
        all.forEach(CompletableFuture::join);
    }

    /** One person votes one entry after the other; a double click sends the same vote twice at once. */
    private CompletableFuture<Void> voter(String token, String address, List<String> ballots, boolean doubleClick,
            boolean repeatLater) {
        CompletableFuture<Void> voter = CompletableFuture.completedFuture(null);
        for (int b = 0; b < ballots.size(); b++) {
            String entryId = ballots.get(b);
            boolean twice = doubleClick && b == 0;
            voter = voter.thenCompose(ignored -> twice
                    ? CompletableFuture.allOf(vote(token, entryId, address, true), vote(token, entryId, address,
                            true))
                    : vote(token, entryId, address, false));
        }
        if (repeatLater) {
            voter = voter.thenCompose(ignored -> vote(token, ballots.get(0), address, true));
        }
        return voter;
    }

    /** @param duplicate part of a deliberate double click or repeat: a refusal (409) is the expected outcome */
    private CompletableFuture<Void> vote(String token, String entryId, String address, boolean duplicate) {
        if (duplicate) {
            duplicateAttempts.incrementAndGet();
        }
        return send(token, entryId, address).handle((reply, failure) -> {
                    if (failure == null && reply.status() == 201) {
                        votesAccepted.incrementAndGet();
                    } else if (failure == null && reply.status() == 409) {
                        duplicatesRefused.incrementAndGet();
                    } else {
                        otherRefusals.incrementAndGet();
                        if (otherRefusals.get() <= 3) {
                            System.out.println("   vote refused: " + (failure != null ? failure
                                    : reply.status() + " " + reply.body()));
                        }
                    }
                    return null;
                });
    }

    /** Sends a vote; a 429 is honoured as a polite client does: wait Retry-After, then send again. */
    private CompletableFuture<Http.Reply> send(String token, String entryId, String address) {
        return http.send("POST", award("/editions/" + editionId + "/votes"), token, Map.of("entryId", entryId),
                Map.of("X-Forwarded-For", address)).thenCompose(reply -> {
                    if (reply.status() != 429) {
                        return CompletableFuture.completedFuture(reply);
                    }
                    rateLimited.incrementAndGet();
                    long wait = Math.max(1, reply.retryAfterSeconds());
                    return CompletableFuture.supplyAsync(() -> null,
                            CompletableFuture.delayedExecutor(wait, java.util.concurrent.TimeUnit.SECONDS))
                            .thenCompose(ignored -> send(token, entryId, address));
                });
    }

    /**
     * A burst the integrity checks must flag: fresh voters from one /24 network all vote for one mid-table entry
     * within seconds. Their votes are accepted (each voter is real and votes once) and then flagged.
     */
    public void burst(Report report, int votes) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < votes; i++) {
            names.add(run + "-burst-" + i);
        }
        keycloak.ensureUsers(names, "voter");
        burstEntry = accepted.get(accepted.size() / 2);
        List<Integer> statuses = Parallel.map(votes, 16, i -> send(keycloak.token(names.get(i)), burstEntry.id(),
                "203.0.113." + (1 + i % 250)).join().status());
        long ok = statuses.stream().filter(status -> status == 201).count();
        votesAccepted.addAndGet(ok);
        report.progress("burst: %d votes from 203.0.113.0/24 for \"%s\" (%d accepted)", votes, burstEntry.title(),
                ok);
    }

    /** The organizer reads the integrity flags and invalidates the burst; returns the votes invalidated. */
    public long invalidateBurst(Report report) {
        JsonNode flag = Awaits.until(this::findBurstFlag, found -> found != null, 60);
        if (flag == null) {
            report.progress("no flag for the burst network among %d flags", flagsRaised);
            return -1;
        }
        String flagId = flag.path("flagId").asText();
        Http.Reply moderated = http.call("POST", award("/editions/" + editionId + "/vote-flags/" + flagId
                + "/moderation"), organizer(), Map.of("action", "INVALIDATE", "reason",
                "coordinated burst from one network"));
        expect(moderated, 200, "invalidate the burst");
        long invalid = moderated.body().path("changed").asLong();
        report.progress("flags raised %d; burst flag %s (%s %s) invalidated: %d votes", flagsRaised, flagId,
                flag.path("rule").asText(), flag.path("key").asText(), invalid);
        return invalid;
    }

    /** Pages through the edition's flags (oldest first); counts them and returns the burst network's flag. */
    private JsonNode findBurstFlag() {
        JsonNode found = null;
        int count = 0;
        String next = award("/editions/" + editionId + "/vote-flags?limit=100");
        while (next != null) {
            Http.Reply page = http.call("GET", next, organizer(), null);
            expect(page, 200, "list vote flags");
            for (JsonNode flag : page.body().path("items")) {
                count++;
                if ("NETWORK_BURST".equals(flag.path("rule").asText())
                        && flag.path("key").asText().startsWith("203.0.113.")) {
                    found = flag;
                }
            }
            String cursor = page.body().path("next").asText(null);
            next = cursor == null ? null : cursor.startsWith("http") ? cursor
                    : award("/editions/" + editionId + "/vote-flags?limit=100&cursor=" + cursor);
        }
        flagsRaised = count;
        return found;
    }

    public void selectSemiFinalists(Report report) {
        Http.Reply proposal = http.call("GET", award("/editions/" + editionId + "/semi-finalists/proposal"),
                organizer(), null);
        expect(proposal, 200, "semi-finalist proposal");
        List<Map<String, String>> choices = new ArrayList<>();
        proposal.body().path("proposed").forEach(c -> choices.add(Map.of("entryId", c.path("entryId").asText())));
        Http.Reply confirmed = http.send("POST", award("/editions/" + editionId + "/semi-finalists"), organizer(),
                Map.of("semiFinalists", choices), Map.of("If-Match", etag)).join();
        expect(confirmed, 200, "confirm semi-finalists");
        etag = confirmed.etag();
        confirmed.body().path("semiFinalists").forEach(semiFinalists::add);
        report.progress("semi-finalists confirmed: %d from %d countries", semiFinalists.size(),
                semiFinalists.stream().map(s -> s.path("country").asText()).distinct().count());
    }

    /** Sum of valid votes in the leaderboard read model (organizer view). */
    public long leaderboardTotal() {
        Http.Reply totals = http.call("GET", award("/editions/" + editionId + "/leaderboard/totals?by=country"),
                organizer(), null);
        long sum = 0;
        for (JsonNode item : totals.body().path("items")) {
            sum += item.path("validVotes").asLong();
        }
        return sum;
    }

    public List<String> top(int n) {
        Http.Reply ranked = http.call("GET", award("/editions/" + editionId + "/leaderboard?limit=" + n),
                organizer(), null);
        List<String> lines = new ArrayList<>();
        int rank = 1;
        for (JsonNode row : ranked.body().path("items")) {
            lines.add(String.format("%2d. %-36s %s %,7d votes", rank++, row.path("title").asText(),
                    row.path("country").asText(), row.path("validVotes").asLong()));
        }
        return lines;
    }

    public int rejectedEntries() {
        return rejectedEntries;
    }

    /**
     * Which country entry i comes from: the most popular entries (lowest i under the vote skew) come in pairs from
     * the same four countries, so the top 20 span 16 countries as in the real season; the rest cycle through all.
     */
    static int countryIndex(int i) {
        return i < 8 ? i / 2 : (i - 4) % Cast.COUNTRIES.size();
    }

    private int pick(double[] cumulative) {
        double r = random.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (r <= cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / Math.pow(i + 1, 1.07);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    static void expect(Http.Reply reply, int status, String what) {
        if (reply.status() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + reply.status() + " "
                    + reply.body());
        }
    }
}
