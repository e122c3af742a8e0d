package org.hlc.learning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.platform.testing.ContractExamples;
import org.hlc.platform.testing.OpenApiSecurityAudit;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RosterProjectionTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void puts_a_registered_participant_on_the_roster_as_a_learner() {
        UUID personId = UUID.randomUUID();
        ContractExamples.publishPersonEvent(kafka, "PersonRegistered", personId, 1, UUID.randomUUID());
        String token = TestTokens.anyone("coach");

        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(token).get("/roster")
                .<List<String>>path("id").contains(personId.toString()));
        assertThat(given().auth().oauth2(token).get("/roster")
                .<List<String>>path("findAll { it.id == '" + personId + "' }.role")).containsExactly("learner");
    }

    @Test
    void every_non_public_operation_refuses_anonymous_callers() throws Exception {
        assertThat(OpenApiSecurityAudit.assertAnonymousCallsAreRejected(
                Set.of("GET /programmes/{programmeId}/feed.atom"))).contains("GET /roster", "POST /assignments");
    }
}
