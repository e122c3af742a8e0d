package org.hlc.award;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hlc.platform.testing.TestTokens;

/** Editions and entries made through the API, for tests that need them as a starting point. */
public final class AwardFixtures {
    public static final String ORGANIZER = TestTokens.anyone("organizer");
    /** Read models follow the award topic through Kafka; on a busy shared machine that can take a while. */
    public static final Duration PROJECTION_WAIT = Duration.ofSeconds(60);

    private AwardFixtures() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static String phase(String phase, Instant opens, Instant closes) {
        return "{\"phase\": \"%s\", \"opensAt\": \"%s\", \"closesAt\": \"%s\"}".formatted(phase, opens, closes);
    }

    /** Call, voting and selection all open now (an hour either side). */
    public static String openPhases() {
        Instant now = Instant.now();
        Instant from = now.minus(Duration.ofHours(1));
        Instant to = now.plus(Duration.ofHours(1));
        return "[" + phase("CALL_FOR_ENTRIES", from, to) + ", " + phase("PUBLIC_VOTING", from, to) + ", "
                + phase("SEMI_FINAL_SELECTION", from, to) + "]";
    }

    public static String edition(String phases, int maxVotes, int semiFinalists, int perCountry) {
        return """
                {"name": "Award %s", "year": 2026, "categories": ["Water", "Education", "Health"],
                 "phases": %s,
                 "rules": {"maxVotesPerVoter": %d, "semiFinalists": %d, "maxSemiFinalistsPerCountry": %d}}"""
                .formatted(UUID.randomUUID(), phases, maxVotes, semiFinalists, perCountry);
    }

    public static String createEdition(String body) {
        return as(ORGANIZER).body(body).post("/editions").then().statusCode(201).extract().path("id");
    }

    public static String openEdition(int maxVotes) {
        return createEdition(edition(openPhases(), maxVotes, 2, 1));
    }

    public static String entry(String title, String country, String category) {
        return """
                {"title": "%s", "summary": "Clean water for every village, sold by the litre.",
                 "country": "%s", "category": "%s",
                 "teamMembers": [{"name": "Amina Njoroge", "role": "founder"}],
                 "links": ["https://majisafi.example.org"], "contactEmail": "Amina@Example.org"}"""
                .formatted(title, country, category);
    }

    public static Response submit(String token, String editionId, String body) {
        return as(token).body(body).post("/editions/" + editionId + "/entries");
    }

    public static String submittedEntry(String editionId, String applicant, String title, String country) {
        return submit(applicant, editionId, entry(title, country, "Water")).then().statusCode(201).extract()
                .path("id");
    }

    public static void accept(String entryId) {
        as(ORGANIZER).body("{\"decision\": \"ACCEPT\"}").post("/entries/" + entryId + "/review").then()
                .statusCode(200);
    }

    public static String acceptedEntry(String editionId, String title, String country) {
        String id = submittedEntry(editionId, TestTokens.anyone("participant"), title, country);
        accept(id);
        return id;
    }

    public static Response vote(String token, String editionId, String entryId) {
        return as(token).body("{\"entryId\": \"" + entryId + "\"}").post("/editions/" + editionId + "/votes");
    }
}
