package org.hlc.learning.progress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.learning.LearningFixtures;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BehindTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void within_24_hours_of_the_deadline_learners_without_a_submission_are_behind() {
        String coach = TestTokens.anyone("coach");
        String submitterSubject = UUID.randomUUID().toString();
        UUID submitter = LearningFixtures.onRoster(kafka, submitterSubject, "participant", "Asia/Kolkata");
        UUID idle = LearningFixtures.onRoster(kafka, UUID.randomUUID().toString(), "participant", "America/Bogota");
        String soon = LearningFixtures.assignment(Instant.now().plus(2, ChronoUnit.HOURS));
        String later = LearningFixtures.assignment(Instant.now().plus(3, ChronoUnit.DAYS));
        given().auth().oauth2(TestTokens.token(submitterSubject, "participant")).contentType("application/json")
                .body(Map.of("text", "done early")).post("/assignments/" + soon + "/submissions").then()
                .statusCode(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(given().auth().oauth2(coach)
                .get("/progress/assignments/" + soon + "/behind").then().statusCode(200).extract()
                .<List<String>>path("behind.personId")).contains(idle.toString())
                .doesNotContain(submitter.toString()));
        assertThat(given().auth().oauth2(coach).get("/progress/assignments/" + later + "/behind").then()
                .statusCode(200).extract().<List<String>>path("behind")).isEmpty();
        given().auth().oauth2(TestTokens.anyone("participant")).get("/progress/assignments/" + soon + "/behind")
                .then().statusCode(403);
    }
}
