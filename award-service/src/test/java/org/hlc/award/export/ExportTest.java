package org.hlc.award.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hlc.award.AwardFixtures.ORGANIZER;
import static org.hlc.award.AwardFixtures.accept;
import static org.hlc.award.AwardFixtures.as;
import static org.hlc.award.AwardFixtures.openEdition;
import static org.hlc.award.AwardFixtures.submit;
import static org.hlc.award.AwardFixtures.vote;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hlc.award.AwardFixtures;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportTest {
    private static final String TRICKY = """
            {"title": "Water, \\"clean\\" & cheap", "summary": "=1+1\\nsecond line",
             "country": "KE", "category": "Water",
             "teamMembers": [{"name": "Amina Njoroge", "role": "founder"}, {"name": "Otieno"}],
             "links": ["https://a.example.org", "https://b.example.org"], "contactEmail": "a@example.org"}""";

    @Test
    void entries_export_quotes_fields_and_carries_no_vote_counts() {
        String edition = openEdition(5);
        String entry = submit(TestTokens.anyone("participant"), edition, TRICKY).then().statusCode(201).extract()
                .path("id");
        accept(entry);
        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> csv(edition, "entries").split("\r\n").length == 2
                && csv(edition, "entries").contains("ACCEPTED"));

        Response response = as(ORGANIZER).get("/editions/" + edition + "/exports/entries.csv");
        response.then().statusCode(200).contentType("text/csv").header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"entries-" + edition + ".csv\"");
        String csv = response.asString();
        assertThat(csv).startsWith("entry_id,status,title,summary,country,category,applicant_subject,team_members,"
                + "links,submitted_at\r\n");
        assertThat(csv).contains(entry + ",ACCEPTED,\"Water, \"\"clean\"\" & cheap\",\"'=1+1\nsecond line\",KE,Water,")
                .contains(",Amina Njoroge (founder); Otieno,https://a.example.org https://b.example.org,")
                .doesNotContain("votes");
    }

    @Test
    void votes_export_counts_valid_quarantined_and_invalid_votes_per_entry() {
        String edition = openEdition(5);
        String entry = AwardFixtures.acceptedEntry(edition, "Counted", "KE");
        String quiet = AwardFixtures.acceptedEntry(edition, "Quiet", "IN");
        String quarantined = UUID.randomUUID().toString();
        String invalid = UUID.randomUUID().toString();
        for (String voter : List.of(quarantined, invalid, UUID.randomUUID().toString())) {
            vote(TestTokens.token(voter, "voter"), edition, entry).then().statusCode(201);
        }
        moderate(edition, entry, quarantined, "QUARANTINE");
        moderate(edition, entry, invalid, "INVALIDATE");

        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> csv(edition, "votes")
                .contains(entry + ",Counted,KE,Water,ACCEPTED,1,1,1,"));
        String csv = csv(edition, "votes");
        assertThat(csv).startsWith("entry_id,title,country,category,entry_status,valid_votes,quarantined_votes,"
                + "invalid_votes,flagged_votes\r\n").contains(quiet + ",Quiet,IN,Water,ACCEPTED,0,0,0,0\r\n");
        assertThat(csv.indexOf(entry)).isLessThan(csv.indexOf(quiet));
        as(ORGANIZER).get("/editions/" + edition + "/exports/votes.csv").then().header("X-Results-Published",
                "false");
    }

    @Test
    void exports_are_for_organizers_only_and_name_a_malformed_edition() {
        String edition = openEdition(5);
        for (String kind : List.of("entries", "votes")) {
            as(TestTokens.anyone("voter")).get("/editions/" + edition + "/exports/" + kind + ".csv").then()
                    .statusCode(403);
            as(TestTokens.anyone("jury")).get("/editions/" + edition + "/exports/" + kind + ".csv").then()
                    .statusCode(403);
            as(ORGANIZER).get("/editions/x/exports/" + kind + ".csv").then().statusCode(400)
                    .contentType("application/problem+json").body("'invalid-params'.name", hasItem("editionId"));
            as(ORGANIZER).get("/editions/" + UUID.randomUUID() + "/exports/" + kind + ".csv").then().statusCode(404);
        }
    }

    private static String csv(String edition, String kind) {
        return as(ORGANIZER).get("/editions/" + edition + "/exports/" + kind + ".csv").then().statusCode(200)
                .extract().asString();
    }

    private static void moderate(String edition, String entry, String voter, String action) {
        as(ORGANIZER).body(Map.of("entryId", entry, "voterSubject", voter, "action", action, "reason", "check"))
                .post("/editions/" + edition + "/votes/moderation").then().statusCode(200);
    }
}
