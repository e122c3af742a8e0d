package org.hlc.award.entry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hlc.award.AwardFixtures.ORGANIZER;
import static org.hlc.award.AwardFixtures.as;
import static org.hlc.award.AwardFixtures.createEdition;
import static org.hlc.award.AwardFixtures.edition;
import static org.hlc.award.AwardFixtures.entry;
import static org.hlc.award.AwardFixtures.openEdition;
import static org.hlc.award.AwardFixtures.phase;
import static org.hlc.award.AwardFixtures.submit;
import static org.hlc.award.AwardFixtures.submittedEntry;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.award.AwardFixtures;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EntryResourceTest {
    private final String applicant = TestTokens.token(UUID.randomUUID().toString(), "participant");

    @Test
    void an_applicant_submits_an_entry_during_the_call() {
        String edition = openEdition(10);

        submit(applicant, edition, entry("Maji Safi", "KE", "Water")).then().statusCode(201)
                .header("ETag", "\"1\"").body("status", equalTo("SUBMITTED"))
                .body("contactEmail", equalTo("amina@example.org"))
                .body("teamMembers[0].name", equalTo("Amina Njoroge"));
    }

    @Test
    void submitting_outside_the_call_is_422_naming_the_phase_and_its_window() {
        Instant future = Instant.now().plus(Duration.ofDays(3));
        String edition = createEdition(edition("[" + phase("CALL_FOR_ENTRIES", future, future.plusSeconds(3600))
                + "]", 10, 20, 2));

        submit(applicant, edition, entry("Late", "KE", "Water")).then().statusCode(422)
                .contentType("application/problem+json").body("rule", equalTo("outside-phase-window"))
                .body("phase", equalTo("CALL_FOR_ENTRIES")).body("opensAt", equalTo(future.toString()));
    }

    @Test
    void rejects_bad_fields_naming_each_of_them() {
        String edition = openEdition(10);

        submit(applicant, edition, entry("T", "XX", "Water")).then().statusCode(400)
                .body("'invalid-params'.name", hasItem("country"));
        submit(applicant, edition, entry("T", "KE", "Astronomy")).then().statusCode(400)
                .body("'invalid-params'.name", hasItem("category"));
        submit(applicant, edition, entry("T", "KE", "Water").replace("https://majisafi", "ftp://majisafi"))
                .then().statusCode(400).body("'invalid-params'.name", hasItem("links[0]"));
        submit(applicant, edition, "{\"title\": \"only\"}").then().statusCode(400)
                .body("'invalid-params'.name", org.hamcrest.Matchers.hasItems("summary", "country", "teamMembers",
                        "contactEmail"));
        submit(applicant, "nope", entry("T", "KE", "Water")).then().statusCode(400)
                .body("'invalid-params'.name", hasItem("editionId"));
    }

    @Test
    void the_applicant_edits_with_if_match_and_another_user_gets_403() {
        String edition = openEdition(10);
        String id = submittedEntry(edition, applicant, "Maji Safi", "KE");
        String edited = entry("Maji Safi Kiosks", "KE", "Water");

        as(TestTokens.anyone("participant")).header("If-Match", "\"1\"").body(edited).put("/entries/" + id).then()
                .statusCode(403).contentType("application/problem+json");
        as(applicant).body(edited).put("/entries/" + id).then().statusCode(428);
        as(applicant).header("If-Match", "\"1\"").body(edited).put("/entries/" + id).then().statusCode(200)
                .header("ETag", "\"2\"").body("title", equalTo("Maji Safi Kiosks"));
        as(applicant).header("If-Match", "\"1\"").body(edited).put("/entries/" + id).then().statusCode(412);
    }

    @Test
    void editing_after_the_call_closed_is_422() {
        Instant now = Instant.now();
        String edition = createEdition(edition("[" + phase("CALL_FOR_ENTRIES", now.minusSeconds(3600),
                now.plusSeconds(3600)) + "]", 10, 20, 2));
        String id = submittedEntry(edition, applicant, "Maji Safi", "KE");
        String closed = "{\"reason\": \"call ends early\", \"phases\": [" + phase("CALL_FOR_ENTRIES",
                now.minusSeconds(3600), now.minusSeconds(1)) + "]}";
        as(ORGANIZER).header("If-Match", "\"1\"").body(closed).put("/editions/" + edition + "/timeline").then()
                .statusCode(200);

        as(applicant).header("If-Match", "\"1\"").body(entry("Too late", "KE", "Water")).put("/entries/" + id)
                .then().statusCode(422).body("phase", equalTo("CALL_FOR_ENTRIES"));
    }

    @Test
    void organizers_accept_or_reject_with_a_reason() {
        String edition = openEdition(10);
        String id = submittedEntry(edition, applicant, "Maji Safi", "KE");

        as(ORGANIZER).body("{\"decision\": \"REJECT\"}").post("/entries/" + id + "/review").then().statusCode(400)
                .body("'invalid-params'.name", hasItem("reason"));
        as(applicant).body("{\"decision\": \"ACCEPT\"}").post("/entries/" + id + "/review").then().statusCode(403);
        as(ORGANIZER).body("{\"decision\": \"REJECT\", \"reason\": \"for-profit\"}").post("/entries/" + id + "/review")
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("reviewReason", equalTo("for-profit"));
        as(ORGANIZER).body("{\"decision\": \"ACCEPT\"}").post("/entries/" + id + "/review").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
    }

    @Test
    void an_entry_is_public_once_accepted_without_contact_details() {
        String edition = openEdition(10);
        String id = submittedEntry(edition, applicant, "Maji Safi", "KE");

        given().get("/entries/" + id).then().statusCode(404);
        as(applicant).get("/entries/" + id).then().statusCode(200).body("contactEmail", equalTo("amina@example.org"));
        AwardFixtures.accept(id);
        given().get("/entries/" + id).then().statusCode(200).body("title", equalTo("Maji Safi"))
                .body("contactEmail", nullValue()).body("applicantSubject", nullValue());
    }

    @Test
    void the_applicant_withdraws_and_nobody_else_may() {
        String edition = openEdition(10);
        String id = submittedEntry(edition, applicant, "Maji Safi", "KE");

        as(TestTokens.anyone("participant")).body("{}").post("/entries/" + id + "/withdrawal").then().statusCode(403);
        as(applicant).body("{\"reason\": \"merged\"}").post("/entries/" + id + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        as(ORGANIZER).body("{\"decision\": \"ACCEPT\"}").post("/entries/" + id + "/review").then().statusCode(422)
                .body("rule", equalTo("entry-withdrawn"));
    }

    @Test
    void lists_accepted_entries_with_filters_and_cursor_pagination() {
        String edition = openEdition(10);
        String ke1 = AwardFixtures.acceptedEntry(edition, "Solar kiosks", "KE");
        String ke2 = AwardFixtures.acceptedEntry(edition, "Rain tanks", "KE");
        String in1 = AwardFixtures.acceptedEntry(edition, "Solar schools", "IN");
        String pending = submittedEntry(edition, applicant, "Solar pending", "KE");
        String base = "/editions/" + edition + "/entries";

        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> given().get(base + "?limit=100")
                .<List<?>>path("items").size() == 3);

        assertThat(given().get(base + "?country=KE").<List<String>>path("items.id")).containsExactly(ke1, ke2);
        assertThat(given().get(base + "?q=SOLAR").<List<String>>path("items.id")).containsExactly(ke1, in1);
        assertThat(given().get(base + "?category=Health").<List<String>>path("items.id")).isEmpty();
        Response first = given().get(base + "?limit=2");
        first.then().statusCode(200).header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""));
        assertThat(first.<List<String>>path("items.id")).containsExactly(ke1, ke2);
        assertThat(given().get(first.<String>path("next")).<List<String>>path("items.id")).containsExactly(in1);
        await().atMost(AwardFixtures.PROJECTION_WAIT).until(() -> as(ORGANIZER).get(base + "?status=SUBMITTED")
                .<List<String>>path("items.id").contains(pending));
        given().get(base + "?status=SUBMITTED").then().statusCode(403);
        given().get(base + "?status=LOST").then().statusCode(400).body("'invalid-params'.name", hasItem("status"));
        given().get(base + "?country=XX").then().statusCode(400).body("'invalid-params'.name", hasItem("country"));
        given().get(base + "?cursor=@@").then().statusCode(400).body("'invalid-params'.name", hasItem("cursor"));
    }
}
