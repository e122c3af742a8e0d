package org.hlc.award.vote;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hlc.award.AwardFixtures.ORGANIZER;
import static org.hlc.award.AwardFixtures.accept;
import static org.hlc.award.AwardFixtures.as;
import static org.hlc.award.AwardFixtures.entry;
import static org.hlc.award.AwardFixtures.openEdition;
import static org.hlc.award.AwardFixtures.phase;
import static org.hlc.award.AwardFixtures.submit;
import static org.hlc.award.AwardFixtures.vote;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hlc.award.AwardFixtures;
import org.hlc.award.RawLog;
import org.hlc.platform.projection.ProjectionRunner;
import org.hlc.platform.projection.ProjectionRunners;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeaderboardTest {
    @Inject
    Pool pool;

    @Inject
    ProjectionRunners runners;

    @Test
    void tallies_are_hidden_from_everyone_but_organizers_until_results_are_published() {
        String edition = openEdition(5);
        String water = acceptedEntry(edition, "Maji Safi", "KE", "Water");
        String school = acceptedEntry(edition, "Solar schools", "IN", "Education");
        for (int i = 0; i < 3; i++) {
            vote(TestTokens.anyone("voter"), edition, water).then().statusCode(201);
        }
        vote(TestTokens.anyone("voter"), edition, school).then().statusCode(201);
        String board = "/editions/" + edition + "/leaderboard";

        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> validVotes(edition, water) == 3
                && validVotes(edition, school) == 1);
        assertThat(as(ORGANIZER).get(board).<List<String>>path("items.entryId")).containsExactly(water, school);
        for (String path : List.of(board, board + "/totals?by=country", board + "/totals?by=category")) {
            given().get(path).then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("https://hlc.example.org/problems/results-not-published"));
            as(TestTokens.anyone("voter")).get(path).then().statusCode(403);
        }
        given().get("/editions/" + edition + "/entries").then().statusCode(200)
                .body("items[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("validVotes")));

        closeVoting(edition);
        as(ORGANIZER).body("{}").post("/editions/" + edition + "/results-publication").then().statusCode(200);

        given().get(board + "?country=KE").then().statusCode(200).body("items.entryId", equalTo(List.of(water)))
                .body("items[0].validVotes", equalTo(3)).body("items[0].excludedVotes", equalTo(null));
        given().get(board + "/totals?by=category").then().statusCode(200)
                .body("items.find { it.key == 'Water' }.validVotes", equalTo(3))
                .body("items.find { it.key == 'Education' }.validVotes", equalTo(1));
        given().get(board + "/totals?by=voter").then().statusCode(400);
    }

    @Test
    void quarantined_and_invalidated_votes_leave_the_tally_and_reinstated_ones_return() {
        String edition = openEdition(5);
        String entry = acceptedEntry(edition, "Maji Safi", "KE", "Water");
        String suspect = UUID.randomUUID().toString();
        vote(TestTokens.token(suspect, "voter"), edition, entry).then().statusCode(201);
        vote(TestTokens.anyone("voter"), edition, entry).then().statusCode(201);
        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> validVotes(edition, entry) == 2);

        moderate(edition, entry, suspect, "QUARANTINE").then().statusCode(200).body("status", equalTo("QUARANTINED"));
        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> validVotes(edition, entry) == 1);
        assertThat(as(ORGANIZER).get("/editions/" + edition + "/leaderboard").<Integer>path("items[0].excludedVotes"))
                .isEqualTo(1);

        moderate(edition, entry, suspect, "REINSTATE").then().statusCode(200);
        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> validVotes(edition, entry) == 2);

        moderate(edition, entry, suspect, "INVALIDATE").then().statusCode(200).body("status", equalTo("INVALID"));
        moderate(edition, entry, suspect, "REINSTATE").then().statusCode(422).body("rule", equalTo("vote-invalidated"));
        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> validVotes(edition, entry) == 1);
        moderate(edition, entry, UUID.randomUUID().toString(), "INVALIDATE").then().statusCode(404);
        as(TestTokens.anyone("voter")).body(Map.of("entryId", entry, "voterSubject", suspect, "action", "REINSTATE",
                "reason", "x")).post("/editions/" + edition + "/votes/moderation").then().statusCode(403);
    }

    @Test
    void a_rebuild_replays_casts_and_moderation_to_the_same_tallies() {
        String edition = openEdition(5);
        String entry = acceptedEntry(edition, "Rebuilt kiosks", "UG", "Water");
        List<String> voters = java.util.stream.Stream.generate(() -> UUID.randomUUID().toString()).limit(4).toList();
        voters.forEach(voter -> vote(TestTokens.token(voter, "voter"), edition, entry).then().statusCode(201));
        moderate(edition, entry, voters.get(0), "QUARANTINE").then().statusCode(200);
        moderate(edition, entry, voters.get(1), "INVALIDATE").then().statusCode(200);
        moderate(edition, entry, voters.get(2), "QUARANTINE").then().statusCode(200);
        moderate(edition, entry, voters.get(2), "REINSTATE").then().statusCode(200);
        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> validVotes(edition, entry) == 2
                && excludedVotes(edition, entry) == 2);

        long appliedBefore = leaderboardStatus().getLong("applied");
        as(ORGANIZER).post("/admin/projections/leaderboard/rebuild").then().statusCode(202);
        // replayed: this test's 8 events (and every earlier one) applied a second time, nothing left behind
        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> {
            var status = leaderboardStatus();
            return status.getLong("applied") >= appliedBefore + 8 && status.getLong("lag") == 0;
        });

        assertThat(validVotes(edition, entry)).isEqualTo(2);
        assertThat(excludedVotes(edition, entry)).isEqualTo(2);
        // moderation after the rebuild starts from the replayed statuses
        moderate(edition, entry, voters.get(0), "REINSTATE").then().statusCode(200);
        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> validVotes(edition, entry) == 3);
        assertThat(excludedVotes(edition, entry)).isEqualTo(1);
    }

    @Test
    void a_paused_leaderboard_keeps_its_tallies_until_resumed() {
        String edition = openEdition(5);
        String entry = acceptedEntry(edition, "Maji Safi", "KE", "Water");
        vote(TestTokens.anyone("voter"), edition, entry).then().statusCode(201);
        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> validVotes(edition, entry) == 1);

        as(TestTokens.anyone("voter")).post("/admin/projections/leaderboard/pause").then().statusCode(403);
        as(ORGANIZER).post("/admin/projections/no-such-projection/pause").then().statusCode(404);
        as(ORGANIZER).post("/admin/projections/leaderboard/pause").then().statusCode(202);
        try {
            await().atMost(AwardFixtures.PROJECTION_WAIT)
                    .until(() -> leaderboardStatus().getString("state").equals("paused"));
            vote(TestTokens.anyone("voter"), edition, entry).then().statusCode(201);
            await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> leaderboardStatus().getLong("lag") >= 1);
            assertThat(validVotes(edition, entry)).isEqualTo(1);
        } finally {
            as(ORGANIZER).post("/admin/projections/leaderboard/resume").then().statusCode(202);
        }
        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> validVotes(edition, entry) == 2);
        assertThat(leaderboardStatus().getString("state")).isEqualTo("running");
    }

    @Test
    void a_restarted_leaderboard_reads_on_from_its_stored_position_and_counts_nothing_twice() {
        String edition = openEdition(5);
        String entry = acceptedEntry(edition, "Maji Safi", "KE", "Water");
        vote(TestTokens.anyone("voter"), edition, entry).then().statusCode(201);
        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> validVotes(edition, entry) == 1);

        ProjectionRunner leaderboard = runners.runner("leaderboard").orElseThrow();
        leaderboard.stop();
        try {
            vote(TestTokens.anyone("voter"), edition, entry).then().statusCode(201);
        } finally {
            leaderboard.start(); // as after a service restart: from the position stored with the tallies
        }

        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> validVotes(edition, entry) >= 2
                && leaderboardStatus().getLong("lag") == 0);
        assertThat(validVotes(edition, entry)).isEqualTo(2);
    }

    @Test
    void a_burst_of_votes_applied_in_one_batch_counts_each_vote_once() {
        String edition = openEdition(5);
        String entry = acceptedEntry(edition, "Pamoja", "KE", "Water");
        String voterSubject = UUID.randomUUID().toString();
        vote(TestTokens.token(voterSubject, "voter"), edition, entry).then().statusCode(201);
        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> validVotes(edition, entry) == 1);
        String payload = pool.preparedQuery("""
                select payload::text as payload from hlc_events where stream_id = $1 and event_type = 'hlc.award.VoteCast'""")
                .execute(Tuple.of("vote-" + edition + "-" + voterSubject + "-" + entry)).await().indefinitely()
                .iterator().next().getString("payload");

        // 40 votes of other voters committed in one transaction: read in one batch, counted per entry in one statement
        List<String> streams = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> "vote-" + edition + "-burst-" + i + "-" + entry).toList();
        RawLog.appendFirstEvents(pool, "hlc.award.VoteCast", streams, java.util.Collections.nCopies(40, payload));
        moderate(edition, entry, voterSubject, "QUARANTINE").then().statusCode(200);

        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> excludedVotes(edition, entry) == 1);
        assertThat(validVotes(edition, entry)).isEqualTo(40);
    }

    private static String acceptedEntry(String edition, String title, String country, String category) {
        String id = submit(TestTokens.anyone("participant"), edition, entry(title, country, category)).then()
                .statusCode(201).extract().path("id");
        accept(id);
        return id;
    }

    private static io.restassured.response.Response moderate(String edition, String entry, String voter,
            String action) {
        return as(ORGANIZER).body(Map.of("entryId", entry, "voterSubject", voter, "action", action,
                "reason", "burst from one /24")).post("/editions/" + edition + "/votes/moderation");
    }

    private static void closeVoting(String edition) {
        Instant now = Instant.now();
        String version = given().get("/editions/" + edition).header("ETag");
        as(ORGANIZER).header("If-Match", version).body("{\"reason\": \"voting over\", \"phases\": ["
                + phase("PUBLIC_VOTING", now.minusSeconds(3600), now.minusSeconds(1)) + "]}")
                .put("/editions/" + edition + "/timeline").then().statusCode(200);
    }

    private static io.restassured.path.json.JsonPath leaderboardStatus() {
        return as(ORGANIZER).get("/admin/projections").then().statusCode(200).extract().jsonPath()
                .setRootPath("find { it.name == 'leaderboard' }");
    }

    private long validVotes(String edition, String entry) {
        return tally(edition, entry, "valid_votes");
    }

    private long excludedVotes(String edition, String entry) {
        return tally(edition, entry, "excluded_votes");
    }

    private long tally(String edition, String entry, String column) {
        var rows = pool.preparedQuery("select " + column + " from leaderboard_tally where edition_id = $1 and entry_id = $2")
                .execute(Tuple.of(UUID.fromString(edition), UUID.fromString(entry))).await().indefinitely();
        return rows.iterator().hasNext() ? rows.iterator().next().getLong(0) : -1;
    }
}
