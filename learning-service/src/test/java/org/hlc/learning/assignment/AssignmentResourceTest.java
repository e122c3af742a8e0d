package org.hlc.learning.assignment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hlc.learning.LearningFixtures.ORGANIZER;

import io.quarkus.test.junit.QuarkusTest;
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
class AssignmentResourceTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private String learner(String timeZone) {
        String subject = UUID.randomUUID().toString();
        LearningFixtures.onRoster(kafka, subject, "participant", timeZone);
        return TestTokens.token(subject, "participant");
    }

    private static Map<String, Object> submission(String text) {
        return Map.of("text", text, "links", List.of("https://example.org/model.pdf"));
    }

    @Test
    void gives_the_due_time_in_the_readers_time_zone() {
        String id = LearningFixtures.assignment(Instant.parse("2030-03-06T17:00:00Z"));
        given().auth().oauth2(learner("Asia/Kolkata")).get("/assignments/" + id).then().statusCode(200)
                .body("dueAt", equalTo("2030-03-06T17:00:00Z"))
                .body("dueLocal.timeZone", equalTo("Asia/Kolkata"))
                .body("dueLocal.dateTime", equalTo("2030-03-06T22:30+05:30"));
        given().auth().oauth2(ORGANIZER).get("/assignments/" + id).then().statusCode(200)
                .body("dueLocal.timeZone", equalTo("UTC"));
    }

    @Test
    void a_learner_resubmits_before_the_deadline_and_every_version_is_kept() {
        String id = LearningFixtures.assignment(Instant.now().plus(1, ChronoUnit.DAYS));
        String token = learner("America/Bogota");
        given().auth().oauth2(token).contentType("application/json").body(submission("first draft"))
                .post("/assignments/" + id + "/submissions").then().statusCode(201);
        given().auth().oauth2(token).contentType("application/json").body(submission("second draft"))
                .post("/assignments/" + id + "/submissions").then().statusCode(201);

        given().auth().oauth2(token).get("/assignments/" + id + "/submissions/mine").then().statusCode(200)
                .body("versions.text", equalTo(List.of("first draft", "second draft")))
                .body("versions.late", equalTo(List.of(false, false)));
    }

    @Test
    void a_retried_submission_with_the_same_idempotency_key_adds_no_second_version() {
        String id = LearningFixtures.assignment(Instant.now().plus(1, ChronoUnit.DAYS));
        String token = learner("Asia/Kolkata");
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", key)
                .body(submission("once")).post("/assignments/" + id + "/submissions").then().statusCode(201);
        given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", key)
                .body(submission("once")).post("/assignments/" + id + "/submissions").then().statusCode(201)
                .header("Idempotent-Replayed", "true");

        given().auth().oauth2(token).get("/assignments/" + id + "/submissions/mine").then().statusCode(200)
                .body("versions.text", equalTo(List.of("once")));
    }

    @Test
    void a_submission_after_the_deadline_is_accepted_marked_late_and_cannot_be_replaced() {
        String id = LearningFixtures.assignment(Instant.now().minus(1, ChronoUnit.HOURS));
        String token = learner("Europe/Berlin");
        given().auth().oauth2(token).contentType("application/json").body(submission("late but here"))
                .post("/assignments/" + id + "/submissions").then().statusCode(201)
                .body("versions[0].late", equalTo(true));
        given().auth().oauth2(token).contentType("application/json").body(submission("even later"))
                .post("/assignments/" + id + "/submissions").then().statusCode(422)
                .body("rule", equalTo("resubmission-closed"));
    }

    @Test
    void someone_not_on_the_roster_as_learner_cannot_submit() {
        String id = LearningFixtures.assignment(Instant.now().plus(1, ChronoUnit.DAYS));
        given().auth().oauth2(TestTokens.anyone("participant")).contentType("application/json")
                .body(submission("who am I")).post("/assignments/" + id + "/submissions").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));

        String coachSubject = UUID.randomUUID().toString();
        LearningFixtures.onRoster(kafka, coachSubject, "coach", "Africa/Nairobi");
        given().auth().oauth2(TestTokens.token(coachSubject, "coach", "participant")).contentType("application/json")
                .body(submission("coach trying")).post("/assignments/" + id + "/submissions").then()
                .statusCode(403);
    }

    @Test
    void rejects_empty_and_oversized_text_naming_the_field() {
        String id = LearningFixtures.assignment(Instant.now().plus(1, ChronoUnit.DAYS));
        String token = learner("Africa/Nairobi");
        given().auth().oauth2(token).contentType("application/json").body(submission(" "))
                .post("/assignments/" + id + "/submissions").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("invalid-params[0].name", equalTo("text"));
        given().auth().oauth2(token).contentType("application/json").body(submission("x".repeat(20_001)))
                .post("/assignments/" + id + "/submissions").then().statusCode(400)
                .body("invalid-params[0].name", equalTo("text"));
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("text", "ok", "links", List.of("javascript:alert(1)")))
                .post("/assignments/" + id + "/submissions").then().statusCode(400)
                .body("invalid-params[0].name", equalTo("links[0]"));
    }

    @Test
    void a_coach_gives_feedback_that_the_author_reads() {
        String id = LearningFixtures.assignment(Instant.now().plus(1, ChronoUnit.DAYS));
        String token = learner("Asia/Manila");
        String submissionId = given().auth().oauth2(token).contentType("application/json")
                .body(submission("my model")).post("/assignments/" + id + "/submissions").then().statusCode(201)
                .extract().path("id");

        given().auth().oauth2(TestTokens.anyone("participant")).contentType("application/json")
                .body(Map.of("comment", "I am no coach"))
                .post("/assignments/" + id + "/submissions/" + submissionId + "/feedback").then().statusCode(403);
        given().auth().oauth2(TestTokens.anyone("coach")).contentType("application/json")
                .body(Map.of("comment", "Show the cost per litre"))
                .post("/assignments/" + id + "/submissions/" + submissionId + "/feedback").then().statusCode(201);

        given().auth().oauth2(token).get("/assignments/" + id + "/submissions/mine").then().statusCode(200)
                .body("feedback.comment", equalTo(List.of("Show the cost per litre")));
        given().auth().oauth2(TestTokens.anyone("coach")).get("/assignments/" + id + "/submissions").then()
                .statusCode(200).body("[0].id", equalTo(submissionId)).body("[0].feedbackGiven", equalTo(1));
    }

    @Test
    void moving_the_due_date_requires_if_match() {
        String id = LearningFixtures.assignment(Instant.parse("2030-03-06T17:00:00Z"));
        Map<String, String> body = Map.of("dueAt", "2030-03-07T17:00:00Z");
        given().auth().oauth2(ORGANIZER).contentType("application/json").body(body)
                .put("/assignments/" + id + "/due-date").then().statusCode(428);
        given().auth().oauth2(ORGANIZER).contentType("application/json").header("If-Match", "\"7\"").body(body)
                .put("/assignments/" + id + "/due-date").then().statusCode(412);
        given().auth().oauth2(ORGANIZER).contentType("application/json").header("If-Match", "\"1\"").body(body)
                .put("/assignments/" + id + "/due-date").then().statusCode(200)
                .header("ETag", endsWith("2\"")).body("dueAt", equalTo("2030-03-07T17:00:00Z"));
    }

    @Test
    void refuses_an_assignment_for_an_unknown_module_or_a_rubric_score_out_of_range() {
        String programmeId = LearningFixtures.programmeWithModule().split("/")[0];
        given().auth().oauth2(ORGANIZER).contentType("application/json")
                .body(Map.of("programmeId", programmeId, "moduleId", UUID.randomUUID().toString(), "title", "t",
                        "instructions", "i", "dueAt", "2030-01-01T00:00:00Z"))
                .post("/assignments").then().statusCode(404);
        given().auth().oauth2(ORGANIZER).contentType("application/json")
                .body(Map.of("programmeId", programmeId, "moduleId", UUID.randomUUID().toString(), "title", "t",
                        "instructions", "i", "dueAt", "2030-01-01T00:00:00Z",
                        "rubric", List.of(Map.of("criterion", "clarity", "maxScore", 0))))
                .post("/assignments").then().statusCode(400)
                .body("invalid-params[0].name", equalTo("rubric[0].maxScore"));
    }
}
