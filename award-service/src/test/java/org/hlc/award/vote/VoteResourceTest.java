package org.hlc.award.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hlc.award.AwardFixtures.ORGANIZER;
import static org.hlc.award.AwardFixtures.acceptedEntry;
import static org.hlc.award.AwardFixtures.as;
import static org.hlc.award.AwardFixtures.createEdition;
import static org.hlc.award.AwardFixtures.edition;
import static org.hlc.award.AwardFixtures.openEdition;
import static org.hlc.award.AwardFixtures.phase;
import static org.hlc.award.AwardFixtures.submittedEntry;
import static org.hlc.award.AwardFixtures.vote;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VoteResourceTest {
    @Inject
    Pool pool;

    private final String voterSubject = UUID.randomUUID().toString();
    private final String voter = TestTokens.token(voterSubject, "voter");

    @Test
    void a_voter_votes_once_for_an_accepted_entry_and_a_repeat_is_409() {
        String edition = openEdition(3);
        String entry = acceptedEntry(edition, "Maji Safi", "KE");

        vote(voter, edition, entry).then().statusCode(201).body("entryId", equalTo(entry))
                .body("votesCast", equalTo(1)).body("votesRemaining", equalTo(2)).body("voteId", notNullValue());
        vote(voter, edition, entry).then().statusCode(409).contentType("application/problem+json")
                .body("entryId", equalTo(entry));
        assertThat(votesFor(edition, entry)).isEqualTo(1);
    }

    @Test
    void a_repeated_idempotency_key_replays_the_201_without_a_second_vote() {
        String edition = openEdition(3);
        String entry = acceptedEntry(edition, "Maji Safi", "KE");
        String key = UUID.randomUUID().toString();
        String body = "{\"entryId\": \"" + entry + "\"}";

        Response first = as(voter).header("Idempotency-Key", key).body(body).post("/editions/" + edition + "/votes");
        Response again = as(voter).header("Idempotency-Key", key).body(body).post("/editions/" + edition + "/votes");

        first.then().statusCode(201);
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.<String>path("voteId")).isEqualTo(first.path("voteId"));
        assertThat(votesFor(edition, entry)).isEqualTo(1);
    }

    @Test
    void two_concurrent_votes_by_the_same_voter_for_the_same_entry_count_once() throws Exception {
        String edition = openEdition(5);
        String entry = acceptedEntry(edition, "Maji Safi", "KE");

        List<Integer> statuses = inParallel(8, i -> vote(voter, edition, entry).statusCode());

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).allMatch(s -> s == 201 || s == 409);
        assertThat(votesFor(edition, entry)).isEqualTo(1);
    }

    @Test
    void concurrent_votes_by_one_voter_for_different_entries_never_exceed_the_cap() throws Exception {
        String edition = openEdition(2);
        List<String> entries = acceptedEntries(edition, 5);

        List<Integer> statuses = inParallel(5, i -> vote(voter, edition, entries.get(i)).statusCode());

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(2);
        assertThat(statuses).allMatch(s -> s == 201 || s == 422 || s == 409);
        int counted = statuses.indexOf(201);
        int notCounted = java.util.stream.IntStream.range(0, 5).filter(i -> statuses.get(i) != 201).findFirst()
                .orElseThrow();
        vote(voter, edition, entries.get(notCounted)).then().statusCode(422)
                .body("rule", equalTo("vote-limit-reached"));
        vote(voter, edition, entries.get(counted)).then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/already-voted"));
        assertThat(count("select count(*) from hlc_events where stream_id like $1 and event_type = 'hlc.award.VoteCast'",
                "vote-" + edition + "-" + voterSubject + "-%")).isEqualTo(2);
    }

    @Test
    void a_voter_casting_all_ballots_at_once_has_every_one_counted() throws Exception {
        String edition = openEdition(8);
        List<String> entries = acceptedEntries(edition, 8);

        List<Integer> statuses = inParallel(8, i -> vote(voter, edition, entries.get(i)).statusCode());

        assertThat(statuses).containsOnly(201);
        assertThat(count("select count(*) from hlc_events where stream_id like $1 and event_type = 'hlc.award.VoteCast'",
                "vote-" + edition + "-" + voterSubject + "-%")).isEqualTo(8);
    }

    @Test
    void unknown_entries_are_404_and_unaccepted_or_withdrawn_ones_422() {
        String edition = openEdition(5);
        String applicant = TestTokens.token(UUID.randomUUID().toString(), "participant");
        String pending = submittedEntry(edition, applicant, "Pending", "KE");
        String withdrawn = acceptedEntry(edition, "Withdrawn", "KE");
        as(ORGANIZER).body("{\"reason\": \"duplicate\"}").post("/entries/" + withdrawn + "/withdrawal").then()
                .statusCode(200);

        vote(voter, edition, UUID.randomUUID().toString()).then().statusCode(404)
                .contentType("application/problem+json");
        vote(voter, edition, pending).then().statusCode(422).body("rule", equalTo("entry-not-votable"))
                .body("entryStatus", equalTo("SUBMITTED"));
        vote(voter, edition, withdrawn).then().statusCode(422).body("entryStatus", equalTo("WITHDRAWN"));
        vote(voter, UUID.randomUUID().toString(), pending).then().statusCode(404);
    }

    @Test
    void an_entry_of_another_edition_is_not_found_in_this_one() {
        String edition = openEdition(5);
        String other = openEdition(5);
        String entry = acceptedEntry(other, "Elsewhere", "KE");

        vote(voter, edition, entry).then().statusCode(404);
    }

    @Test
    void votes_outside_the_voting_window_are_422_naming_the_phase_and_window() {
        Instant now = Instant.now();
        Instant opens = now.plus(Duration.ofDays(2));
        String phases = "[" + phase("CALL_FOR_ENTRIES", now.minusSeconds(3600), now.plusSeconds(3600)) + ", "
                + phase("PUBLIC_VOTING", opens, opens.plusSeconds(3600)) + "]";
        String edition = createEdition(edition(phases, 5, 2, 1));
        String entry = acceptedEntry(edition, "Early", "KE");

        vote(voter, edition, entry).then().statusCode(422).body("rule", equalTo("outside-phase-window"))
                .body("phase", equalTo("PUBLIC_VOTING")).body("opensAt", equalTo(opens.toString()))
                .body("closesAt", equalTo(opens.plusSeconds(3600).toString()));
    }

    @Test
    void malformed_ids_are_400_naming_the_field_and_only_voters_vote() {
        String edition = openEdition(5);

        vote(voter, "not-a-uuid", UUID.randomUUID().toString()).then().statusCode(400)
                .body("'invalid-params'.name", hasItem("editionId"));
        vote(voter, edition, "not-a-uuid").then().statusCode(400).body("'invalid-params'.name", hasItem("entryId"));
        as(voter).body("{}").post("/editions/" + edition + "/votes").then().statusCode(400)
                .body("'invalid-params'.name", hasItem("entryId"));
        vote(TestTokens.anyone("participant"), edition, UUID.randomUUID().toString()).then().statusCode(403);
    }

    @Test
    void a_voter_hammering_the_endpoint_is_told_to_retry_later() {
        String edition = openEdition(5);
        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            responses.add(vote(voter, edition, UUID.randomUUID().toString()));
        }

        Response limited = responses.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
        limited.then().contentType("application/problem+json").body("limit", equalTo("voter"));
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isPositive();
        assertThat(responses.get(0).statusCode()).isEqualTo(404);
    }

    private long votesFor(String edition, String entry) {
        return count("select count(*) from hlc_events where stream_id like $1 and event_type = 'hlc.award.VoteCast'",
                "vote-" + edition + "-%-" + entry);
    }

    private long count(String sql, String parameter) {
        return pool.preparedQuery(sql).execute(Tuple.of(parameter)).await().indefinitely().iterator().next()
                .getLong(0);
    }

    interface Call {
        int run(int index);
    }

    static List<Integer> inParallel(int n, Call call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            Callable<Integer> task = () -> {
                start.await();
                return call.run(index);
            };
            futures.add(threads.submit(task));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> future : futures) {
            statuses.add(future.get());
        }
        threads.shutdown();
        return statuses;
    }

    private List<String> acceptedEntries(String edition, int count) {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(acceptedEntry(edition, "Entry " + i, "KE"));
        }
        return entries;
    }
}
