package org.hlc.webinar.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.platform.testing.ContractExamples;
import org.hlc.platform.testing.OpenApiSecurityAudit;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Consumer side of the participants contract, fed with the recorded example events from contracts/. */
@QuarkusTest
class AudienceProjectionTest {
    private final String token = TestTokens.anyone("organizer");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void projects_a_registered_person_with_their_zone_and_local_time() {
        UUID personId = UUID.randomUUID();
        publish(personId, 1, "PersonRegistered", UUID.randomUUID());

        await().atMost(Duration.ofSeconds(30)).until(() -> status(personId) == 200);
        given().auth().oauth2(token).get("/audience/" + personId).then().statusCode(200)
                .body("displayName", equalTo("Amina Njoroge"))
                .body("timeZone", equalTo("Africa/Nairobi"))
                .body("localTimeNow", org.hamcrest.Matchers.endsWith("+03:00"));
    }

    @Test
    void a_redelivered_registration_changes_nothing_and_a_profile_update_applies_once() {
        UUID personId = UUID.randomUUID();
        UUID registrationId = publish(personId, 1, "PersonRegistered", UUID.randomUUID());
        publish(personId, 2, "ProfileUpdated", UUID.randomUUID());
        publish(personId, 1, "PersonRegistered", registrationId);

        await().atMost(Duration.ofSeconds(30)).until(() -> status(personId) == 200
                && "Amina N.".equals(given().auth().oauth2(token).get("/audience/" + personId).path("displayName")));
        given().auth().oauth2(token).get("/audience/" + personId).then().body("version", equalTo(2));
    }

    @Test
    void rejects_a_malformed_person_id() {
        given().auth().oauth2(token).get("/audience/42").then().statusCode(400)
                .contentType("application/problem+json").body("'invalid-params'[0].name", equalTo("personId"));
    }

    @Test
    void every_non_public_operation_refuses_anonymous_callers() throws Exception {
        assertThat(OpenApiSecurityAudit.assertAnonymousCallsAreRejected(Set.of("GET /calendar/{token}.ics")))
                .contains("GET /audience/{personId}");
    }

    @Test
    void reports_ready_health() {
        given().get("/q/health/ready").then().statusCode(200).body("status", startsWith("UP"));
    }

    private int status(UUID personId) {
        return given().auth().oauth2(token).get("/audience/" + personId).statusCode();
    }

    private UUID publish(UUID personId, long version, String type, UUID eventId) {
        return ContractExamples.publishPersonEvent(kafka, type, personId, version, eventId);
    }
}
