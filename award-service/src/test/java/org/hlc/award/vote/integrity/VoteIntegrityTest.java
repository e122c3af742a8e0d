package org.hlc.award.vote.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hlc.award.AwardFixtures.ORGANIZER;
import static org.hlc.award.AwardFixtures.acceptedEntry;
import static org.hlc.award.AwardFixtures.as;
import static org.hlc.award.AwardFixtures.openEdition;
import static org.hlc.award.AwardFixtures.vote;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hlc.award.AwardFixtures;
import org.hlc.award.RawLog;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Test thresholds (application.properties, %test): 6 per address, 8 per network, 6 new voters per entry. */
@QuarkusTest
class VoteIntegrityTest {
    private static final int BURST = 8;

    @Inject
    Pool pool;


    @Test
    void a_burst_of_votes_from_one_address_is_flagged_once_per_rule_even_when_replayed() {
        String edition = openEdition(5);
        String entry = acceptedEntry(edition, "Burst target", "KE");
        String quiet = acceptedEntry(edition, "Quiet", "IN");
        vote(TestTokens.anyone("voter"), edition, quiet).then().statusCode(201);
        for (int i = 0; i < BURST; i++) {
            vote(TestTokens.anyone("voter"), edition, entry).then().statusCode(201);
        }

        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> flags(edition).getList("items.rule").size() == 3
                && flags(edition).getList("items.votes", Integer.class).stream().allMatch(v -> v >= BURST));
        JsonPath flags = flags(edition);
        assertThat(flags.getList("items.rule", String.class)).containsExactlyInAnyOrder("CLIENT_ADDRESS_BURST",
                "NETWORK_BURST", "NEW_VOTER_SURGE");
        assertThat(flags.getString("items.find { it.rule == 'NETWORK_BURST' }.key")).matches(".*/(24|48)");
        assertThat(flags.getString("items.find { it.rule == 'NEW_VOTER_SURGE' }.entryId")).isEqualTo(entry);
        assertThat(flags.getInt("items.find { it.rule == 'NEW_VOTER_SURGE' }.votes")).isEqualTo(BURST);
        assertThat(flags.getInt("items.find { it.rule == 'CLIENT_ADDRESS_BURST' }.votes")).isEqualTo(BURST + 1);
        assertThat(flaggedEvents(edition)).hasSize(3);
        assertThat(flaggedEvents(edition)).allSatisfy(payload -> assertThat(payload).contains("\"threshold\"")
                .doesNotContain("127.0.0.1"));

        // the whole log replayed: every vote seen again, each rule still flagged once, no flag raised twice
        long appliedBefore = integrityStatus().getLong("applied");
        as(ORGANIZER).post("/admin/projections/vote-integrity/rebuild").then().statusCode(202);
        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> {
            JsonPath status = integrityStatus();
            return status.getLong("applied") >= appliedBefore + BURST && status.getLong("lag") == 0
                    && status.getString("state").equals("running");
        });
        assertThat(flaggedEvents(edition)).hasSize(3);
        assertThat(flags(edition).getList("items.votes", Integer.class)).containsExactlyInAnyOrder(BURST + 1,
                BURST + 1, BURST);
    }

    @Test
    void quarantining_a_flag_takes_its_votes_out_of_the_tally_and_invalidated_ones_stay_out() {
        String edition = openEdition(5);
        String entry = acceptedEntry(edition, "Burst target", "KE");
        for (int i = 0; i < BURST; i++) {
            vote(TestTokens.anyone("voter"), edition, entry).then().statusCode(201);
        }
        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> flags(edition).getList("items.rule")
                .contains("NEW_VOTER_SURGE") && validVotes(edition, entry) == BURST);
        String flag = flags(edition).getString("items.find { it.rule == 'NEW_VOTER_SURGE' }.flagId");
        String path = "/editions/" + edition + "/vote-flags/" + flag;
        as(ORGANIZER).get(path).then().statusCode(200).body("flaggedVotes.size()", equalTo(BURST))
                .body("flaggedVotes[0].status", equalTo("VALID"));

        as(ORGANIZER).body(Map.of("action", "QUARANTINE", "reason", "8 new voters in a minute"))
                .post(path + "/moderation").then().statusCode(200).body("changed", equalTo(BURST))
                .body("refused", equalTo(0));
        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> validVotes(edition, entry) == 0);
        as(ORGANIZER).get(path).then().body("quarantinedVotes", equalTo(BURST));

        as(ORGANIZER).body(Map.of("action", "INVALIDATE", "reason", "confirmed bot")).post(path + "/moderation")
                .then().statusCode(200).body("changed", equalTo(BURST));
        as(ORGANIZER).body(Map.of("action", "REINSTATE", "reason", "oops")).post(path + "/moderation").then()
                .statusCode(200).body("refused", equalTo(BURST)).body("changed", equalTo(0));
        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> as(ORGANIZER).get(path)
                .<Integer>path("invalidVotes") == BURST);
        assertThat(validVotes(edition, entry)).isZero();
        String reason = pool.preparedQuery("""
                select payload ->> 'reason' from hlc_events where event_type = 'hlc.award.VoteInvalidated'
                 and payload ->> 'editionId' = $1 limit 1""").execute(Tuple.of(edition)).await().indefinitely()
                .iterator().next().getString(0);
        assertThat(reason).isEqualTo("flag " + flag + ": confirmed bot");
    }

    @Test
    void only_votes_dense_within_the_window_are_flagged_whatever_their_arrival() {
        String edition = UUID.randomUUID().toString();
        Instant start = Instant.parse("2014-11-20T10:00:00Z");
        for (int i = 0; i < 12; i++) { // one address, a vote every 20 s: at most 3 in any minute
            publishVote(edition, "sparse-address", start.plusSeconds(20L * i));
        }
        Instant later = start.plus(Duration.ofHours(1));
        for (int i = 0; i < 6; i++) { // another address, 6 votes within 10 s: the threshold in one minute
            publishVote(edition, "busy-address", later.plusSeconds(2L * i));
        }

        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> integrityVotes(edition) == 18);
        assertThat(flagSummaries(edition)).containsExactly("CLIENT_ADDRESS_BURST busy-address 6");
        assertThat(flaggedEvents(edition)).hasSize(1);
    }

    @Test
    void a_burst_inside_one_batch_is_flagged_and_only_voters_new_within_the_window_count_as_new() {
        String edition = UUID.randomUUID().toString();
        String target = UUID.randomUUID().toString();
        String returning = UUID.randomUUID().toString();
        Instant start = Instant.parse("2014-11-20T09:00:00Z");
        Instant later = start.plus(Duration.ofHours(1));
        publishVotes(List.of(castVote(edition, returning, UUID.randomUUID().toString(), "address-r", start)));
        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> integrityVotes(edition) == 1);

        // one transaction, so one batch: the returning voter and 5 new voters for the target (6 votes, 5 of them
        // by new voters: below the surge threshold of 6 new voters), and 6 votes from one address within 10 s
        List<LoggedVote> burst = new ArrayList<>();
        burst.add(castVote(edition, returning, target, "address-r", later));
        for (int i = 0; i < 5; i++) {
            burst.add(castVote(edition, UUID.randomUUID().toString(), target, "address-" + i, later.plusSeconds(i)));
        }
        for (int i = 0; i < 6; i++) {
            burst.add(castVote(edition, UUID.randomUUID().toString(), UUID.randomUUID().toString(), "busy-address",
                    later.plusSeconds(2L * i)));
        }
        publishVotes(burst);
        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> integrityVotes(edition) == 13);
        assertThat(flagSummaries(edition)).containsExactly("CLIENT_ADDRESS_BURST busy-address 6");

        // a sixth new voter in a later batch: the surge window now counts the earlier batch's stored votes
        publishVotes(List.of(castVote(edition, UUID.randomUUID().toString(), target, "address-6", later.plusSeconds(20))));
        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> flagSummaries(edition).size() == 2);
        assertThat(flagSummaries(edition)).containsExactlyInAnyOrder("CLIENT_ADDRESS_BURST busy-address 6",
                "NEW_VOTER_SURGE " + target + " 6");
        assertThat(flaggedEvents(edition)).hasSize(2);
    }

    private long integrityVotes(String edition) {
        return pool.preparedQuery("select count(*) from integrity_vote where edition_id = $1")
                .execute(Tuple.of(UUID.fromString(edition))).await().indefinitely().iterator().next().getLong(0);
    }

    private List<String> flagSummaries(String edition) {
        List<String> flags = new ArrayList<>();
        pool.preparedQuery("""
                select f.rule, f.subject_key, count(fv.vote_stream_id) as votes from integrity_flag f
                  join integrity_flag_vote fv on fv.flag_id = f.flag_id where f.edition_id = $1
                 group by f.flag_id""").execute(Tuple.of(UUID.fromString(edition))).await().indefinitely()
                .forEach(row -> flags.add(row.getString("rule") + " " + row.getString("subject_key") + " "
                        + row.getLong("votes")));
        return flags;
    }

    /** A vote by a new voter for a new entry. */
    private void publishVote(String edition, String clientKey, Instant castAt) {
        publishVotes(List.of(castVote(edition, UUID.randomUUID().toString(), UUID.randomUUID().toString(), clientKey,
                castAt)));
    }

    private record LoggedVote(String streamId, String payload) {
    }

    /** A VoteCast as the award service stores it. */
    private static LoggedVote castVote(String edition, String voter, String entry, String clientKey, Instant castAt) {
        String payload = """
                {"voteId":"%s","editionId":"%s","entryId":"%s","voterSubject":"%s","category":"Water",
                 "country":"KE","clientNetwork":"unknown","clientKey":"%s","castAt":"%s"}"""
                .formatted(UUID.randomUUID(), edition, entry, voter, clientKey, castAt);
        return new LoggedVote("vote-" + edition + "-" + voter + "-" + entry, payload);
    }

    /** The votes in one transaction, so the projection reads them in one batch. */
    private void publishVotes(List<LoggedVote> votes) {
        RawLog.appendFirstEvents(pool, "hlc.award.VoteCast", votes.stream().map(LoggedVote::streamId).toList(),
                votes.stream().map(LoggedVote::payload).toList());
    }

    private static JsonPath integrityStatus() {
        return as(ORGANIZER).get("/admin/projections").then().statusCode(200).extract().jsonPath()
                .setRootPath("find { it.name == 'vote-integrity' }");
    }

    @Test
    void flags_are_for_organizers_and_bad_ids_or_bodies_are_named() {
        String edition = openEdition(5);
        String flags = "/editions/" + edition + "/vote-flags";

        as(TestTokens.anyone("voter")).get(flags).then().statusCode(403);
        as(ORGANIZER).get(flags).then().statusCode(200).body("items.size()", equalTo(0));
        as(ORGANIZER).get(flags + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        as(ORGANIZER).get(flags + "/nope").then().statusCode(400).body("'invalid-params'.name", hasItem("flagId"));
        as(ORGANIZER).body(Map.of("action", "BAN", "reason", "x")).post(flags + "/" + UUID.randomUUID()
                + "/moderation").then().statusCode(400).contentType("application/problem+json");
        as(ORGANIZER).body(Map.of("action", "QUARANTINE")).post(flags + "/" + UUID.randomUUID() + "/moderation")
                .then().statusCode(400).body("'invalid-params'.name", hasItem("reason"));
        as(ORGANIZER).body(Map.of("action", "QUARANTINE", "reason", "x")).post(flags + "/" + UUID.randomUUID()
                + "/moderation").then().statusCode(404);
    }

    private static JsonPath flags(String edition) {
        return as(ORGANIZER).get("/editions/" + edition + "/vote-flags").then().statusCode(200).extract().jsonPath();
    }

    private List<String> flaggedEvents(String edition) {
        List<String> payloads = new ArrayList<>();
        pool.preparedQuery("""
                select payload::text from hlc_events where event_type = 'hlc.award.VotesFlagged'
                 and payload ->> 'editionId' = $1""").execute(Tuple.of(edition)).await().indefinitely()
                .forEach(row -> payloads.add(row.getString(0)));
        return payloads;
    }

    private long validVotes(String edition, String entry) {
        var rows = pool.preparedQuery("select valid_votes from leaderboard_tally where edition_id = $1 and entry_id = $2")
                .execute(Tuple.of(UUID.fromString(edition), UUID.fromString(entry))).await().indefinitely();
        return rows.rowCount() == 0 ? -1 : rows.iterator().next().getLong(0);
    }
}
