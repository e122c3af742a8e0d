package org.hlc.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first cross-service slice, end to end through real processes: a person registered through participants-service's
 * REST API travels event log → relay → Kafka → webinar-service's projection, and is served by webinar-service.
 */
class PersonReachesWebinarServiceTest {
    private static ServiceProcess participants;
    private static ServiceProcess webinar;

    @BeforeAll
    static void startServices() throws Exception {
        participants = ServiceProcess.start("participants", Map.of());
        webinar = ServiceProcess.start("webinar", Map.of());
    }

    @AfterAll
    static void stopServices() {
        if (webinar != null) {
            webinar.close();
        }
        if (participants != null) {
            participants.close();
        }
    }

    @Test
    void a_rebuilt_read_model_serves_the_same_people_again() {
        String organizer = TestTokens.anyone("organizer");
        String personId = register(organizer, "Lucía Quispe", "America/Lima", "PE");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().baseUri(webinar.baseUrl()).auth()
                .oauth2(organizer).get("/audience/" + personId).statusCode() == 200);

        given().baseUri(webinar.baseUrl()).auth().oauth2(organizer).post("/admin/projections/audience/rebuild")
                .then().statusCode(202);
        given().baseUri(webinar.baseUrl()).auth().oauth2(TestTokens.anyone("participant"))
                .post("/admin/projections/audience/rebuild").then().statusCode(403);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var status = given().baseUri(webinar.baseUrl()).auth().oauth2(organizer).get("/admin/projections")
                    .then().statusCode(200).extract().jsonPath();
            return "running".equals(status.getString("find { it.name == 'audience' }.state"))
                    && status.getLong("find { it.name == 'audience' }.lag") == 0
                    && given().baseUri(webinar.baseUrl()).auth().oauth2(organizer).get("/audience/" + personId)
                            .statusCode() == 200;
        });
    }

    @Test
    void an_erased_person_disappears_from_webinar_service_too() {
        String organizer = TestTokens.anyone("organizer");
        String personId = register(organizer, "Ahmad Haddad", "Asia/Beirut", "LB");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().baseUri(webinar.baseUrl()).auth()
                .oauth2(organizer).get("/audience/" + personId).statusCode() == 200);

        given().baseUri(participants.baseUrl()).auth().oauth2(organizer).post("/participants/" + personId + "/erasure")
                .then().statusCode(200);

        given().baseUri(participants.baseUrl()).auth().oauth2(organizer).get("/participants/" + personId).then()
                .statusCode(410);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .baseUri(webinar.baseUrl()).auth().oauth2(organizer).get("/audience/" + personId).statusCode() == 404);
    }

    private static String register(String token, String name, String zone, String country) {
        String body = """
                {"subject": "%s", "displayName": "%s", "email": "p.%s@example.org", "country": "%s",
                 "timeZone": "%s", "roles": ["participant"]}""".formatted(UUID.randomUUID(), name, UUID.randomUUID(),
                country, zone);
        return given().baseUri(participants.baseUrl()).auth().oauth2(token).contentType("application/json")
                .body(body).post("/participants").then().statusCode(201).extract().path("id");
    }

    @Test
    void a_person_registered_in_participants_appears_in_webinar_service_with_their_zone() {
        String organizer = TestTokens.anyone("organizer");
        String personId = register(organizer, "Priya Raman", "Asia/Kolkata", "IN");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .baseUri(webinar.baseUrl()).auth().oauth2(organizer).get("/audience/" + personId).statusCode() == 200);
        given().baseUri(webinar.baseUrl()).auth().oauth2(organizer).get("/audience/" + personId).then()
                .body("displayName", equalTo("Priya Raman"))
                .body("timeZone", equalTo("Asia/Kolkata"))
                .body("localTimeNow", org.hamcrest.Matchers.endsWith("+05:30"));
    }
}
