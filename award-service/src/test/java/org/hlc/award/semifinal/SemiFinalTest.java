package org.hlc.award.semifinal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hlc.award.AwardFixtures.ORGANIZER;
import static org.hlc.award.AwardFixtures.acceptedEntry;
import static org.hlc.award.AwardFixtures.as;
import static org.hlc.award.AwardFixtures.openEdition;
import static org.hlc.award.AwardFixtures.vote;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.hlc.award.AwardFixtures;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SemiFinalTest {
    @Inject
    Pool pool;

    /** Edition rules in the fixture: 2 semi-finalists, at most 1 per country. */
    @Test
    void proposes_by_votes_with_the_country_cap_and_confirms_with_reasons_for_overrides() {
        String edition = openEdition(5);
        String ke1 = acceptedEntry(edition, "Kenya top", "KE");
        String ke2 = acceptedEntry(edition, "Kenya second", "KE");
        String in1 = acceptedEntry(edition, "India", "IN");
        String co1 = acceptedEntry(edition, "Colombia", "CO");
        castVotes(edition, ke1, 3);
        castVotes(edition, ke2, 2);
        castVotes(edition, in1, 1);
        String proposalPath = "/editions/" + edition + "/semi-finalists/proposal";
        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> as(ORGANIZER).get(proposalPath)
                .<List<String>>path("proposed.entryId").equals(List.of(ke1, in1)));

        as(ORGANIZER).get(proposalPath).then().body("skippedForDiversity.entryId", equalTo(List.of(ke2)));
        as(ORGANIZER).get(proposalPath + "?size=3&maxPerCountry=2").then()
                .body("proposed.entryId", equalTo(List.of(ke1, ke2, in1)));
        as(TestTokens.anyone("voter")).get(proposalPath).then().statusCode(403);

        String semiFinalists = "/editions/" + edition + "/semi-finalists";
        as(ORGANIZER).body("{\"semiFinalists\": [{\"entryId\": \"" + ke1 + "\"}, {\"entryId\": \"" + co1 + "\"}]}")
                .post(semiFinalists).then().statusCode(422).body("rule", equalTo("override-reason-required"))
                .body("entryId", equalTo(co1));
        as(ORGANIZER).body("{\"semiFinalists\": [{\"entryId\": \"" + ke1 + "\"}]}").post(semiFinalists).then()
                .statusCode(422).body("rule", equalTo("semi-finalist-count"));
        as(ORGANIZER).body("{\"semiFinalists\": [{\"entryId\": \"" + ke1 + "\"}, {\"entryId\": \"" + ke1 + "\"}]}")
                .post(semiFinalists).then().statusCode(400)
                .body("'invalid-params'.name", equalTo(List.of("semiFinalists[1].entryId")));
        as(ORGANIZER).body("{\"semiFinalists\": [{\"entryId\": \"" + ke1 + "\"}, {\"entryId\": \"" + co1
                + "\", \"overrideReason\": \"only entry from the Andes\"}]}").post(semiFinalists).then()
                .statusCode(200).body("semiFinalists.entryId", equalTo(List.of(ke1, co1)))
                .body("semiFinalists[0].contactEmail", equalTo("amina@example.org"))
                .body("semiFinalists[1].overrideReason", equalTo("only entry from the Andes"));
        as(ORGANIZER).body("{\"semiFinalists\": [{\"entryId\": \"" + ke1 + "\"}, {\"entryId\": \"" + in1 + "\"}]}")
                .post(semiFinalists).then().statusCode(409);

        String payload = pool.preparedQuery("""
                select payload::text from hlc_events where stream_id = $1
                 and event_type = 'hlc.award.SemiFinalistsSelected'""").execute(Tuple.of("edition-" + edition))
                .await().indefinitely().iterator().next().getString(0);
        assertThat(payload).contains(ke1, co1, "applicantSubject", "\"country\": \"KE\"", "amina@example.org")
                .doesNotContain("validVotes");
    }

    @Test
    void an_entry_that_is_not_accepted_cannot_be_a_semi_finalist() {
        String edition = openEdition(5);
        String accepted = acceptedEntry(edition, "Accepted", "KE");
        String pending = as(TestTokens.anyone("participant")).body(org.hlc.award.AwardFixtures.entry("Pending", "IN",
                "Water")).post("/editions/" + edition + "/entries").then().statusCode(201).extract().path("id");

        as(ORGANIZER).body("{\"semiFinalists\": [{\"entryId\": \"" + accepted + "\"}, {\"entryId\": \"" + pending
                + "\", \"overrideReason\": \"x\"}]}").post("/editions/" + edition + "/semi-finalists").then()
                .statusCode(422).body("rule", equalTo("entry-not-eligible"));
        as(ORGANIZER).body("{\"semiFinalists\": [{\"entryId\": \"" + UUID.randomUUID() + "\"}]}")
                .post("/editions/" + edition + "/semi-finalists").then().statusCode(404);
    }

    private static void castVotes(String edition, String entry, int n) {
        for (int i = 0; i < n; i++) {
            vote(TestTokens.anyone("voter"), edition, entry).then().statusCode(201);
        }
    }
}
