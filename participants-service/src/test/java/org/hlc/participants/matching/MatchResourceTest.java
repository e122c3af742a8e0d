package org.hlc.participants.matching;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MatchResourceTest {
    private final String organizer = TestTokens.anyone("organizer");

    @Test
    void ranks_peers_by_shared_tags_and_overlap_with_reasons() {
        String tag = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String subject = UUID.randomUUID().toString();
        String me = person(subject, "Africa/Nairobi", "KE", "[\"" + tag + "\"]", "[]", "COMMUNITY");
        String beirut = person(UUID.randomUUID().toString(), "Asia/Beirut", "LB", "[]", "[\"" + tag + "\"]",
                "COMMUNITY");
        String bogota = person(UUID.randomUUID().toString(), "America/Bogota", "CO", "[]", "[\"" + tag + "\"]",
                "COMMUNITY");
        String hidden = person(UUID.randomUUID().toString(), "Africa/Nairobi", "KE", "[]", "[\"" + tag + "\"]",
                "PRIVATE");
        String token = TestTokens.token(subject, "participant");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(organizer)
                .get("/participants?limit=100&tag=" + tag).<List<?>>path("items").size() == 4);

        given().auth().oauth2(token).get("/participants/" + me + "/matches?week=2015-03-23").then().statusCode(200)
                .body("weekStart", equalTo("2015-03-23"))
                .body("matches.personId", contains(beirut, bogota))
                .body("matches[0].theyCanTeachYou", contains(tag))
                .body("matches[0].overlapHoursPerDay.MONDAY", equalTo(11.0f))
                .body("matches[0].overlapHoursPerDay.SUNDAY", equalTo(12.0f))
                .body("matches[1].overlapHoursPerDay.MONDAY", equalTo(4.0f));
        given().auth().oauth2(organizer).get("/participants/" + me + "/matches?week=2015-03-23").then()
                .statusCode(200).body("matches.personId", hasItem(hidden));
    }

    @Test
    void only_the_person_or_an_organizer_sees_matches_and_bad_input_is_named() {
        String subject = UUID.randomUUID().toString();
        String me = person(subject, "Europe/Berlin", "DE", "[]", "[]", "COMMUNITY");

        given().auth().oauth2(TestTokens.anyone("participant")).get("/participants/" + me + "/matches").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token(subject, "participant")).get("/participants/" + me + "/matches")
                .then().statusCode(200);
        given().auth().oauth2(organizer).get("/participants/" + me + "/matches?week=2015-03-24").then()
                .statusCode(400).body("'invalid-params'.name", contains("week"));
        given().auth().oauth2(organizer).get("/participants/" + me + "/matches?limit=0").then()
                .statusCode(400).body("'invalid-params'.name", contains("limit"));
        given().auth().oauth2(organizer).get("/participants/" + UUID.randomUUID() + "/matches").then()
                .statusCode(404);
    }

    private String person(String subject, String zone, String country, String wants, String can,
            String tagVisibility) {
        String id = given().auth().oauth2(organizer).contentType(ContentType.JSON).body("""
                {"subject": "%s", "displayName": "Peer", "email": "p.%s@example.org", "country": "%s",
                 "timeZone": "%s", "roles": ["participant"]}""".formatted(subject, UUID.randomUUID(), country, zone))
                .post("/participants").then().statusCode(201).extract().path("id");
        given().auth().oauth2(organizer).contentType(ContentType.JSON).header("If-Match", "\"1\"").body("""
                {"displayName": "Peer", "country": "%s", "timeZone": "%s", "wantsToLearn": %s, "canContribute": %s,
                 "visibility": {"canContribute": "%s"}}""".formatted(country, zone, wants, can, tagVisibility))
                .put("/participants/" + id + "/profile").then().statusCode(200);
        return id;
    }
}
