package org.hlc.learning.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hlc.learning.LearningFixtures.ORGANIZER;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
        String programme = LearningFixtures.programmeWithModule();
        String id = LearningFixtures.assignment(programme, Instant.parse("2030-03-06T17:00:00Z"));
        String reader = learner("Asia/Kolkata");
        given().auth().oauth2(reader).get("/assignments/" + id).then().statusCode(200)
                .body("dueAt", equalTo("2030-03-06T17:00:00Z"))
                .body("dueLocal.timeZone", equalTo("Asia/Kolkata"))
                .body("dueLocal.dateTime", equalTo("2030-03-06T22:30+05:30"));
        String list = "/programmes/" + programme.split("/")[0] + "/assignments";
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(reader).get(list).then().statusCode(200).body("id", equalTo(List.of(id)))
                .body("dueLocal.dateTime", equalTo(List.of("2030-03-06T22:30+05:30"))));
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
    void someone_not_in_the_programme_cannot_submit() {
        String id = LearningFixtures.assignment(Instant.now().plus(1, ChronoUnit.DAYS));
        given().auth().oauth2(TestTokens.anyone("participant")).contentType("application/json")
                .body(submission("who am I")).post("/assignments/" + id + "/submissions").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));

        String outsiderSubject = UUID.randomUUID().toString();
        LearningFixtures.outsider(kafka, outsiderSubject);
        given().auth().oauth2(TestTokens.token(outsiderSubject, "participant")).contentType("application/json")
                .body(submission("on the roster, in no programme")).post("/assignments/" + id + "/submissions")
                .then().statusCode(403).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("not a participant of this programme"));

        String otherEdition = LearningFixtures.assignment(LearningFixtures.programmeWithModule(UUID.randomUUID(),
                "other-" + UUID.randomUUID().toString().substring(0, 8)), Instant.now().plus(1, ChronoUnit.DAYS));
        String member = learner("Asia/Kolkata");
        given().auth().oauth2(member).contentType("application/json").body(submission("wrong programme"))
                .post("/assignments/" + otherEdition + "/submissions").then().statusCode(403);
        given().auth().oauth2(member).contentType("application/json").body(submission("my programme"))
                .post("/assignments/" + id + "/submissions").then().statusCode(201);

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
    void only_the_coach_of_the_authors_group_gives_feedback_that_the_author_reads() {
        String id = LearningFixtures.assignment(Instant.now().plus(1, ChronoUnit.DAYS));
        String subject = UUID.randomUUID().toString();
        UUID author = LearningFixtures.onRoster(kafka, subject, "participant", "Asia/Manila");
        String token = TestTokens.token(subject, "participant");
        String coachSubject = UUID.randomUUID().toString();
        UUID coach = LearningFixtures.onRoster(kafka, coachSubject, "coach", "Europe/Berlin");
        String otherCoachSubject = UUID.randomUUID().toString();
        UUID otherCoach = LearningFixtures.onRoster(kafka, otherCoachSubject, "coach", "America/Bogota");
        LearningFixtures.group(kafka, otherCoach);
        LearningFixtures.join(kafka, author, LearningFixtures.group(kafka, coach));
        String submissionId = given().auth().oauth2(token).contentType("application/json")
                .body(submission("my model")).post("/assignments/" + id + "/submissions").then().statusCode(201)
                .extract().path("id");
        String feedback = "/assignments/" + id + "/submissions/" + submissionId + "/feedback";

        given().auth().oauth2(TestTokens.anyone("participant")).contentType("application/json")
                .body(Map.of("comment", "I am no coach")).post(feedback).then().statusCode(403);
        given().auth().oauth2(TestTokens.token(otherCoachSubject, "coach")).contentType("application/json")
                .body(Map.of("comment", "Not my group")).post(feedback).then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("not the coach of this participant's coaching group"));
        given().auth().oauth2(TestTokens.anyone("coach")).contentType("application/json")
                .body(Map.of("comment", "Not on the roster")).post(feedback).then().statusCode(403);
        given().auth().oauth2(TestTokens.token(coachSubject, "coach")).contentType("application/json")
                .body(Map.of("comment", "  ")).post(feedback).then().statusCode(400)
                .body("invalid-params[0].name", equalTo("comment"));
        given().auth().oauth2(TestTokens.token(coachSubject, "coach")).contentType("application/json")
                .body(Map.of("comment", "Show the cost per litre")).post(feedback).then().statusCode(201);

        given().auth().oauth2(token).get("/assignments/" + id + "/submissions/mine").then().statusCode(200)
                .body("feedback.comment", equalTo(List.of("Show the cost per litre")));
        given().auth().oauth2(TestTokens.anyone("coach")).get("/assignments/" + id + "/submissions").then()
                .statusCode(200).body("[0].id", equalTo(submissionId)).body("[0].feedbackGiven", equalTo(1));
    }

    @Test
    void an_oversized_body_is_refused_with_413_problem_json_before_it_is_read() {
        String id = LearningFixtures.assignment(Instant.now().plus(1, ChronoUnit.DAYS));
        String token = learner("Africa/Nairobi");
        given().auth().oauth2(token).contentType("application/json").body(submission("x".repeat(300_000)))
                .post("/assignments/" + id + "/submissions").then().statusCode(413)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(413))
                .body("limit", equalTo(262_144));
        given().auth().oauth2(token).contentType("application/json").body(submission("fits"))
                .post("/assignments/" + id + "/submissions").then().statusCode(201);
    }

    @Test
    void an_oversized_chunked_body_without_content_length_is_refused_too() throws Exception {
        String id = LearningFixtures.assignment(Instant.now().plus(1, ChronoUnit.DAYS));
        String token = learner("Africa/Nairobi");
        byte[] body = ("{\"text\": \"" + "x".repeat(300_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + "/assignments/" + id + "/submissions"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("\"status\":413");

        byte[] fits = "{\"text\": \"chunked but small\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> small = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(request.uri()).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(fits))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(small.statusCode()).as(small.body()).isEqualTo(201);
        assertThat(small.body()).contains("chunked but small");
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
