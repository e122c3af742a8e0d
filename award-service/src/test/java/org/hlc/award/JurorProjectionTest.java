package org.hlc.award;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.platform.testing.ContractExamples;
import org.hlc.platform.testing.KafkaEvents;
import org.hlc.platform.testing.OpenApiSecurityAudit;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JurorProjectionTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void lists_a_registered_juror_once_even_when_the_event_is_redelivered() {
        UUID personId = UUID.randomUUID();
        String payload = ContractExamples.example("participants", "PersonRegistered")
                .replace(ContractExamples.EXAMPLE_PERSON_ID, personId.toString())
                .replace("[\"participant\"]", "[\"jury\"]");
        UUID eventId = KafkaEvents.publish(kafka, "hlc.participants.events", "person-" + personId, 1,
                "hlc.participants.PersonRegistered", payload);
        KafkaEvents.publish(kafka, "hlc.participants.events", "person-" + personId, 1,
                "hlc.participants.PersonRegistered", payload, eventId);
        ContractExamples.publishPersonEvent(kafka, "ProfileUpdated", personId, 2, UUID.randomUUID());
        String organizer = TestTokens.anyone("organizer");

        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(organizer).get("/jurors")
                .<List<String>>path("findAll { it.personId == '" + personId + "' }.organisation")
                .contains("Maji Safi"));
        List<String> ids = given().auth().oauth2(organizer).get("/jurors").path("personId");
        assertThat(ids.stream().filter(personId.toString()::equals)).hasSize(1);
    }

    @Test
    void only_organizers_see_jurors() {
        given().auth().oauth2(TestTokens.anyone("voter")).get("/jurors").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void every_non_public_operation_refuses_anonymous_callers() throws Exception {
        assertThat(OpenApiSecurityAudit.assertAnonymousCallsAreRejected(AwardSecurityTest.PUBLIC)).contains("GET /jurors");
    }
}
