package org.hlc.learning.progress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hlc.learning.LearningFixtures.ORGANIZER;

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

    private void submit(String subject, String assignment) {
        given().auth().oauth2(TestTokens.token(subject, "participant")).contentType("application/json")
                .body(Map.of("text", "done early")).post("/assignments/" + assignment + "/submissions").then()
                .statusCode(201);
    }

    @Test
    void within_24_hours_of_the_deadline_learners_without_a_submission_are_behind() {
        String submitterSubject = UUID.randomUUID().toString();
        UUID submitter = LearningFixtures.onRoster(kafka, submitterSubject, "participant", "Asia/Kolkata");
        UUID idle = LearningFixtures.onRoster(kafka, UUID.randomUUID().toString(), "participant", "America/Bogota");
        UUID outsider = LearningFixtures.outsider(kafka, UUID.randomUUID().toString());
        String soon = LearningFixtures.assignment(Instant.now().plus(2, ChronoUnit.HOURS));
        String later = LearningFixtures.assignment(Instant.now().plus(3, ChronoUnit.DAYS));
        submit(submitterSubject, soon);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(given().auth().oauth2(ORGANIZER)
                .get("/progress/assignments/" + soon + "/behind").then().statusCode(200).extract()
                .<List<String>>path("behind.personId")).contains(idle.toString())
                .doesNotContain(submitter.toString(), outsider.toString()));
        assertThat(given().auth().oauth2(ORGANIZER).get("/progress/assignments/" + later + "/behind").then()
                .statusCode(200).extract().<List<String>>path("behind")).isEmpty();
        given().auth().oauth2(TestTokens.anyone("participant")).get("/progress/assignments/" + soon + "/behind")
                .then().statusCode(403);
    }

    @Test
    void a_coach_sees_the_progress_of_their_group_with_who_is_behind_highlighted() {
        String coachSubject = UUID.randomUUID().toString();
        UUID coach = LearningFixtures.onRoster(kafka, coachSubject, "coach", "Europe/Berlin");
        String coachToken = TestTokens.token(coachSubject, "coach");
        UUID group = LearningFixtures.group(kafka, coach);
        String submitterSubject = UUID.randomUUID().toString();
        UUID submitter = LearningFixtures.onRoster(kafka, submitterSubject, "participant", "Asia/Kolkata");
        UUID idle = LearningFixtures.onRoster(kafka, UUID.randomUUID().toString(), "participant", "Africa/Lagos");
        UUID notInGroup = LearningFixtures.onRoster(kafka, UUID.randomUUID().toString(), "participant", "Asia/Manila");
        LearningFixtures.join(kafka, submitter, group);
        LearningFixtures.join(kafka, idle, group);
        String programme = LearningFixtures.programmeWithModule();
        String soon = LearningFixtures.assignment(programme, Instant.now().plus(2, ChronoUnit.HOURS));
        String later = LearningFixtures.assignment(programme, Instant.now().plus(3, ChronoUnit.DAYS));
        submit(submitterSubject, soon);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var view = given().auth().oauth2(coachToken).get("/progress/groups/" + group).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(view.getList("learners.personId", String.class))
                    .containsExactlyInAnyOrder(submitter.toString(), idle.toString());
            assertThat(view.getList("learners.find { it.personId == '" + idle + "' }.missing.assignmentId",
                    String.class)).contains(soon).doesNotContain(later);
            assertThat(view.getBoolean("learners.find { it.personId == '" + idle + "' }.behind")).isTrue();
            assertThat(view.getList("learners.find { it.personId == '" + submitter + "' }.missing.assignmentId",
                    String.class)).doesNotContain(soon);
            assertThat(view.getInt("learners.find { it.personId == '" + submitter + "' }.progress"
                    + ".submissionsOnTime")).isEqualTo(1);
        });
        assertThat(given().auth().oauth2(coachToken).get("/progress/assignments/" + soon + "/behind").then()
                .statusCode(200).extract().<List<String>>path("behind.personId")).containsExactly(idle.toString());

        String otherCoach = UUID.randomUUID().toString();
        LearningFixtures.onRoster(kafka, otherCoach, "coach", "Europe/Paris");
        given().auth().oauth2(TestTokens.token(otherCoach, "coach")).get("/progress/groups/" + group).then()
                .statusCode(403);
        given().auth().oauth2(ORGANIZER).get("/progress/groups/" + group).then().statusCode(200);
        given().auth().oauth2(ORGANIZER).get("/progress/groups/" + UUID.randomUUID()).then().statusCode(404);
        assertThat(notInGroup).isNotNull();
    }

    @Test
    void the_organizer_sees_every_learner_of_a_programme_with_who_is_behind() {
        String submitterSubject = UUID.randomUUID().toString();
        UUID submitter = LearningFixtures.onRoster(kafka, submitterSubject, "participant", "Asia/Kolkata");
        UUID idle = LearningFixtures.onRoster(kafka, UUID.randomUUID().toString(), "participant", "America/Bogota");
        UUID outsider = LearningFixtures.outsider(kafka, UUID.randomUUID().toString());
        String programme = LearningFixtures.programmeWithModule();
        String programmeId = programme.split("/")[0];
        String soon = LearningFixtures.assignment(programme, Instant.now().plus(1, ChronoUnit.HOURS));
        submit(submitterSubject, soon);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var view = given().auth().oauth2(ORGANIZER).get("/progress/programmes/" + programmeId).then()
                    .statusCode(200).extract().jsonPath();
            assertThat(view.getList("learners.personId", String.class)).contains(submitter.toString(),
                    idle.toString()).doesNotContain(outsider.toString());
            assertThat(view.getBoolean("learners.find { it.personId == '" + idle + "' }.behind")).isTrue();
            assertThat(view.getBoolean("learners.find { it.personId == '" + submitter + "' }.behind")).isFalse();
            assertThat(view.getInt("behindCount")).isPositive();
            assertThat(view.getBoolean("learners[0].behind")).isTrue();
        });
        given().auth().oauth2(TestTokens.anyone("coach")).get("/progress/programmes/" + programmeId).then()
                .statusCode(403);
    }
}
