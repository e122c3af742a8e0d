package org.hlc.learning.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hlc.learning.LearningFixtures.ORGANIZER;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.learning.LearningFixtures;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PeerReviewFlowTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private static Map<String, Object> review(int clarity, int feasibility) {
        return Map.of("scores", List.of(Map.of("criterion", "clarity", "score", clarity),
                Map.of("criterion", "feasibility", "score", feasibility)), "comment", "Test it with ten households");
    }

    @Test
    void submissions_are_reviewed_anonymously_by_allocated_peers_after_the_deadline() {
        String id = LearningFixtures.assignment(Instant.now().plus(1, ChronoUnit.DAYS));
        List<String> tokens = new ArrayList<>();
        Map<String, String> submissionOf = new HashMap<>();
        List<String> personIds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String subject = UUID.randomUUID().toString();
            personIds.add(LearningFixtures.onRoster(kafka, subject, "participant", "Asia/Kolkata").toString());
            String token = TestTokens.token(subject, "participant");
            tokens.add(token);
            submissionOf.put(token, given().auth().oauth2(token).contentType("application/json")
                    .body(Map.of("text", "model " + i)).post("/assignments/" + id + "/submissions").then()
                    .statusCode(201).extract().path("id"));
        }

        given().auth().oauth2(ORGANIZER).contentType("application/json").body(Map.of("reviewersPerSubmission", 2))
                .post("/assignments/" + id + "/peer-review-allocation").then().statusCode(422)
                .body("rule", equalTo("deadline-not-passed"));
        given().auth().oauth2(ORGANIZER).contentType("application/json").header("If-Match", "\"1\"")
                .body(Map.of("dueAt", Instant.now().minusSeconds(1).toString()))
                .put("/assignments/" + id + "/due-date").then().statusCode(200);
        given().auth().oauth2(ORGANIZER).contentType("application/json").body(Map.of("reviewersPerSubmission", 2))
                .post("/assignments/" + id + "/peer-review-allocation").then().statusCode(200)
                .body("reviewsAllocated", equalTo(true));

        String author = tokens.get(0);
        String authorSubmission = submissionOf.get(author);
        List<String> reviewersOfAuthor = new ArrayList<>();
        for (String token : tokens) {
            List<String> tasks = given().auth().oauth2(token).get("/assignments/" + id + "/peer-reviews").then()
                    .statusCode(200).extract().path("submissionId");
            assertThat(tasks).hasSize(2).doesNotContain(submissionOf.get(token));
            String body = given().auth().oauth2(token).get("/assignments/" + id + "/peer-reviews").asString();
            personIds.forEach(personId -> assertThat(body).doesNotContain(personId));
            if (tasks.contains(authorSubmission)) {
                reviewersOfAuthor.add(token);
            }
        }
        assertThat(reviewersOfAuthor).hasSize(2);
        String outsider = tokens.stream().filter(t -> t != author && !reviewersOfAuthor.contains(t)).findFirst()
                .orElseThrow();

        given().auth().oauth2(outsider).contentType("application/json").body(review(3, 2))
                .post("/assignments/" + id + "/peer-reviews/" + authorSubmission).then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(reviewersOfAuthor.get(0)).contentType("application/json").body(review(6, 2))
                .post("/assignments/" + id + "/peer-reviews/" + authorSubmission).then().statusCode(400)
                .body("invalid-params[0].name", equalTo("scores[0].score"));
        given().auth().oauth2(reviewersOfAuthor.get(0)).contentType("application/json").body(review(5, 3))
                .post("/assignments/" + id + "/peer-reviews/" + authorSubmission).then().statusCode(201);
        given().auth().oauth2(reviewersOfAuthor.get(0)).contentType("application/json").body(review(4, 3))
                .post("/assignments/" + id + "/peer-reviews/" + authorSubmission).then().statusCode(409);

        String mine = given().auth().oauth2(author).get("/assignments/" + id + "/submissions/mine").then()
                .statusCode(200).body("reviews[0].scores.score", equalTo(List.of(5, 3)))
                .body("reviews[0].comment", equalTo("Test it with ten households")).extract().asString();
        personIds.subList(1, 4).forEach(reviewer -> assertThat(mine).doesNotContain(reviewer));
    }

    @Test
    void reviewers_come_from_other_coaching_groups_known_from_participants_events() {
        String id = LearningFixtures.assignment(Instant.now().plus(1, ChronoUnit.DAYS));
        Map<String, String> groupOfSubmission = new HashMap<>();
        Map<String, String> groupOfToken = new HashMap<>();
        for (int g = 0; g < 3; g++) {
            UUID coach = LearningFixtures.onRoster(kafka, UUID.randomUUID().toString(), "coach", "Europe/Berlin");
            UUID group = LearningFixtures.group(kafka, coach);
            for (int m = 0; m < 2; m++) {
                String subject = UUID.randomUUID().toString();
                UUID person = LearningFixtures.onRoster(kafka, subject, "participant", "Asia/Kolkata");
                LearningFixtures.join(kafka, person, group);
                String token = TestTokens.token(subject, "participant");
                groupOfToken.put(token, group.toString());
                groupOfSubmission.put(given().auth().oauth2(token).contentType("application/json")
                        .body(Map.of("text", "model " + g + m)).post("/assignments/" + id + "/submissions").then()
                        .statusCode(201).extract().path("id"), group.toString());
            }
        }
        given().auth().oauth2(ORGANIZER).contentType("application/json").header("If-Match", "\"1\"")
                .body(Map.of("dueAt", Instant.now().minusSeconds(1).toString()))
                .put("/assignments/" + id + "/due-date").then().statusCode(200);
        given().auth().oauth2(ORGANIZER).contentType("application/json").body("{}")
                .post("/assignments/" + id + "/peer-review-allocation").then().statusCode(200);

        Map<String, Integer> reviewsPerSubmission = new HashMap<>();
        groupOfToken.forEach((token, group) -> {
            List<String> tasks = given().auth().oauth2(token).get("/assignments/" + id + "/peer-reviews").then()
                    .statusCode(200).extract().path("submissionId");
            assertThat(tasks).hasSize(2);
            tasks.forEach(task -> {
                assertThat(groupOfSubmission.get(task)).as("reviewer's group").isNotEqualTo(group);
                reviewsPerSubmission.merge(task, 1, Integer::sum);
            });
        });
        assertThat(reviewsPerSubmission).hasSize(6).allSatisfy((submission, count) -> assertThat(count).isEqualTo(2));
    }

    @Test
    void allocation_needs_at_least_two_submissions() {
        String id = LearningFixtures.assignment(Instant.now().minusSeconds(60));
        given().auth().oauth2(ORGANIZER).contentType("application/json").body("{}")
                .post("/assignments/" + id + "/peer-review-allocation").then().statusCode(422)
                .body("rule", equalTo("not-enough-submissions"));
    }
}
