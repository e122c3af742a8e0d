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
    void a_person_registered_in_participants_appears_in_webinar_service_with_their_zone() {
        String organizer = TestTokens.anyone("organizer");
        String body = """
                {"subject": "%s", "displayName": "Priya Raman", "email": "priya.%s@example.org", "country": "IN",
                 "timeZone": "Asia/Kolkata", "roles": ["participant"]}""".formatted(UUID.randomUUID(), UUID.randomUUID());
        String personId = given().baseUri(participants.baseUrl()).auth().oauth2(organizer)
                .contentType("application/json").body(body).post("/participants")
                .then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .baseUri(webinar.baseUrl()).auth().oauth2(organizer).get("/audience/" + personId).statusCode() == 200);
        given().baseUri(webinar.baseUrl()).auth().oauth2(organizer).get("/audience/" + personId).then()
                .body("displayName", equalTo("Priya Raman"))
                .body("timeZone", equalTo("Asia/Kolkata"))
                .body("localTimeNow", org.hamcrest.Matchers.endsWith("+05:30"));
    }
}
