package org.hlc.award.edition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.hlc.award.AwardFixtures.ORGANIZER;
import static org.hlc.award.AwardFixtures.as;
import static org.hlc.award.AwardFixtures.createEdition;
import static org.hlc.award.AwardFixtures.edition;
import static org.hlc.award.AwardFixtures.phase;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.hlc.award.AwardFixtures;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EditionResourceTest {
    private static final String TIMELINE = "[" + phase("CALL_FOR_ENTRIES", Instant.parse("2026-10-01T00:00:00Z"),
            Instant.parse("2026-11-15T18:30:00Z")) + ", " + phase("PUBLIC_VOTING",
                    Instant.parse("2026-11-20T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z")) + "]";

    @Test
    void an_organizer_creates_an_edition_with_location_and_etag() {
        as(ORGANIZER).body(edition(TIMELINE, 10, 20, 2)).post("/editions").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/editions/")).header("ETag", "\"1\"")
                .body("categories", hasItems("Water", "Health"))
                .body("phases.phase", org.hamcrest.Matchers.contains("CALL_FOR_ENTRIES", "PUBLIC_VOTING"))
                .body("rules.maxVotesPerVoter", equalTo(10));
    }

    @Test
    void renders_each_instant_in_the_requested_zone_next_to_utc() {
        String id = createEdition(edition(TIMELINE, 10, 20, 2));

        given().get("/editions/" + id + "?tz=Asia/Kolkata").then().statusCode(200).header("ETag", "\"1\"")
                .body("timeZone", equalTo("Asia/Kolkata"))
                .body("phases[0].closesAt", equalTo("2026-11-15T18:30:00Z"))
                .body("phases[0].closesAtLocal", equalTo("2026-11-16T00:00:00+05:30"))
                .body("phases[1].opensAtLocal", equalTo("2026-11-20T05:30:00+05:30"));
    }

    @Test
    void rejects_an_unknown_zone_naming_tz_and_a_malformed_id_naming_id() {
        String id = createEdition(edition(TIMELINE, 10, 20, 2));

        given().get("/editions/" + id + "?tz=Mars/Olympus_Mons").then().statusCode(400)
                .contentType("application/problem+json").body("'invalid-params'.name", hasItem("tz"));
        given().get("/editions/not-a-uuid").then().statusCode(400).body("'invalid-params'.name", hasItem("id"));
        given().get("/editions/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void rejects_a_window_that_closes_before_it_opens_and_a_repeated_phase() {
        Instant now = Instant.now();
        String backwards = "[" + phase("PUBLIC_VOTING", now, now.minusSeconds(60)) + ", "
                + phase("PUBLIC_VOTING", now, now.plusSeconds(60)) + "]";

        as(ORGANIZER).body(edition(backwards, 10, 20, 2)).post("/editions").then().statusCode(400)
                .body("'invalid-params'.name", hasItems("phases[0].closesAt", "phases[1].phase"));
        as(ORGANIZER).body(edition(TIMELINE.replace("PUBLIC_VOTING", "COFFEE_BREAK"), 10, 20, 2)).post("/editions")
                .then().statusCode(400).body("'invalid-params'.name", hasItem("phases[1].phase"));
        as(ORGANIZER).body(edition(TIMELINE, 0, 20, 2)).post("/editions").then().statusCode(400)
                .body("'invalid-params'.name", hasItem("rules.maxVotesPerVoter"));
    }

    @Test
    void only_organizers_create_editions() {
        as(TestTokens.anyone("voter")).body(edition(TIMELINE, 10, 20, 2)).post("/editions").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void a_timeline_change_needs_if_match_and_a_reason_and_moves_the_version() {
        String id = createEdition(edition(TIMELINE, 10, 20, 2));
        String change = "{\"reason\": \"site outage\", \"phases\": [" + phase("PUBLIC_VOTING",
                Instant.parse("2026-11-20T00:00:00Z"), Instant.parse("2026-12-03T00:00:00Z")) + "]}";

        as(ORGANIZER).body(change).put("/editions/" + id + "/timeline").then().statusCode(428);
        as(ORGANIZER).body(change.replace("site outage", " ")).header("If-Match", "\"1\"")
                .put("/editions/" + id + "/timeline").then().statusCode(400)
                .body("'invalid-params'.name", hasItem("reason"));
        as(ORGANIZER).body(change).header("If-Match", "\"1\"").put("/editions/" + id + "/timeline").then()
                .statusCode(200).header("ETag", "\"2\"").body("phases[0].closesAt", equalTo("2026-12-03T00:00:00Z"));
        as(ORGANIZER).body(change).header("If-Match", "\"1\"").put("/editions/" + id + "/timeline").then()
                .statusCode(412);
    }

    @Test
    void results_cannot_be_published_while_voting_is_open() {
        String id = AwardFixtures.openEdition(10);

        as(ORGANIZER).body("{}").post("/editions/" + id + "/results-publication").then().statusCode(422)
                .contentType("application/problem+json").body("phase", equalTo("PUBLIC_VOTING"))
                .body("closesAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void results_are_published_once_voting_has_closed() {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        String id = createEdition(edition("[" + phase("PUBLIC_VOTING", past, past.plusSeconds(60)) + "]", 10, 20,
                2));

        as(ORGANIZER).body("{}").post("/editions/" + id + "/results-publication").then().statusCode(200)
                .body("resultsPublished", equalTo(true)).header("ETag", "\"2\"");
        as(ORGANIZER).body("{}").post("/editions/" + id + "/results-publication").then().statusCode(200)
                .header("ETag", "\"2\"");
    }
}
