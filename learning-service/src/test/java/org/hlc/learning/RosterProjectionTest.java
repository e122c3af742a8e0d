package org.hlc.learning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.platform.testing.ContractExamples;
import org.hlc.platform.testing.KafkaEvents;
import org.hlc.platform.testing.OpenApiInputAudit;
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
    void a_role_granted_later_makes_a_registered_voter_a_learner_and_a_revoked_role_removes_it() {
        UUID personId = UUID.randomUUID();
        String registered = ContractExamples.example("participants", "PersonRegistered")
                .replace(ContractExamples.EXAMPLE_PERSON_ID, personId.toString())
                .replace("\"participant\"", "\"voter\"");
        KafkaEvents.publish(kafka, "hlc.participants.events", "person-" + personId, 1,
                "hlc.participants.PersonRegistered", registered);
        KafkaEvents.publish(kafka, "hlc.participants.events", "person-" + personId, 2, "hlc.participants.RoleGranted",
                ContractExamples.example("participants", "RoleGranted")
                        .replace(ContractExamples.EXAMPLE_PERSON_ID, personId.toString())
                        .replace("\"coach\"", "\"participant\""));
        String token = TestTokens.anyone("coach");

        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(token).get("/roster")
                .<List<String>>path("findAll { it.id == '" + personId + "' }.role").contains("learner"));

        KafkaEvents.publish(kafka, "hlc.participants.events", "person-" + personId, 3, "hlc.participants.RoleRevoked",
                ContractExamples.example("participants", "RoleRevoked")
                        .replace(ContractExamples.EXAMPLE_PERSON_ID, personId.toString())
                        .replace("\"coach\"", "\"participant\""));
        await().atMost(Duration.ofSeconds(30)).until(() -> !given().auth().oauth2(token).get("/roster")
                .<List<String>>path("id").contains(personId.toString()));
    }

    @Test
    void an_erased_person_leaves_their_coaching_group_and_the_programme() {
        String subject = UUID.randomUUID().toString();
        UUID personId = LearningFixtures.onRoster(kafka, subject, "participant", "Asia/Kolkata");
        UUID coach = LearningFixtures.onRoster(kafka, UUID.randomUUID().toString(), "coach", "Europe/Berlin");
        LearningFixtures.join(kafka, personId, LearningFixtures.group(kafka, coach));
        String programmeId = LearningFixtures.programmeWithModule().split("/")[0];

        ContractExamples.publishPersonEvent(kafka, "PersonErased", personId, 3, UUID.randomUUID());

        await().atMost(Duration.ofSeconds(30)).until(() -> !given().auth().oauth2(LearningFixtures.ORGANIZER)
                .get("/programmes/" + programmeId + "/members").<List<String>>path("personId")
                .contains(personId.toString()));
        assertThat(given().auth().oauth2(TestTokens.anyone("coach")).get("/roster").<List<String>>path("id"))
                .doesNotContain(personId.toString());
    }

    @Test
    void every_non_public_operation_refuses_anonymous_callers() throws Exception {
        assertThat(OpenApiSecurityAudit.assertAnonymousCallsAreRejected(
                Set.of("GET /programmes/{programmeId}/feed.atom"))).contains("GET /roster", "POST /assignments");
    }

    @Test
    void bad_input_to_any_operation_gets_a_named_4xx_problem() throws Exception {
        String subject = UUID.randomUUID().toString();
        UUID learner = LearningFixtures.onRoster(kafka, subject, "participant", "Asia/Kolkata");
        UUID coach = LearningFixtures.onRoster(kafka, UUID.randomUUID().toString(), "coach", "Europe/Berlin");
        UUID group = LearningFixtures.group(kafka, coach);
        LearningFixtures.join(kafka, learner, group);
        String programmeAndModule = LearningFixtures.programmeWithModule();
        String programme = programmeAndModule.split("/")[0];
        String assignment = LearningFixtures.assignment(programmeAndModule, Instant.now().plus(Duration.ofDays(1)));
        String token = TestTokens.token(subject, "participant");
        String submission = given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("text", "my work")).post("/assignments/" + assignment + "/submissions").then()
                .statusCode(201).extract().path("id");
        String post = given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("title", "Audited", "markdown", "x", "tags", List.of("prototyping"), "visibility",
                        "community"))
                .post("/programmes/" + programme + "/posts").then().statusCode(201).extract().path("id");

        assertThat(OpenApiInputAudit.assertBadInputGetsNamedProblems(Map.of("programmeId", programme,
                "/programmes/{id}", programme, "moduleId", programmeAndModule.split("/")[1], "assignmentId",
                assignment, "/assignments/{id}", assignment, "submissionId", submission, "/posts/{id}", post,
                "personId", learner.toString(), "groupId", group.toString())))
                .contains("GET /roster", "POST /assignments");
    }
}
