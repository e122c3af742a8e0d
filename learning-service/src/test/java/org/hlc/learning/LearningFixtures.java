package org.hlc.learning;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hlc.platform.testing.ContractExamples;
import org.hlc.platform.testing.KafkaEvents;
import org.hlc.platform.testing.TestTokens;

/**
 * Puts people on the roster through the participants contract, and creates programmes and assignments. Every
 * programme made here belongs to one award edition and one cohort of this test run, and every participant put on the
 * roster is invited from that edition (participants' Invited event): so they are learners of every such programme.
 */
public final class LearningFixtures {
    private static final String EXAMPLE_SUBJECT = "6c1d8e2f-3a4b-4c5d-8e9f-0a1b2c3d4e5f";
    private static final String EXAMPLE_GROUP = "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7";
    private static final String EXAMPLE_COACH = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    public static final String ORGANIZER = TestTokens.anyone("organizer");
    public static final UUID EDITION = UUID.randomUUID();
    public static final String COHORT = "test-" + UUID.randomUUID().toString().substring(0, 8);
    private static String anchorProgramme;

    private LearningFixtures() {
    }

    /**
     * A person on the roster with this subject, role and zone; a participant is also invited from {@link #EDITION},
     * so a learner of the fixture programmes. Returns once visible.
     */
    public static UUID onRoster(String kafka, String subject, String role, String timeZone) {
        UUID personId = registered(kafka, subject, role, timeZone);
        if ("participant".equals(role)) {
            String invited = ContractExamples.example("participants", "Invited")
                    .replace(ContractExamples.EXAMPLE_PERSON_ID, personId.toString())
                    .replace("7c1e2f4a-3b5d-4e6f-8a9b-0c1d2e3f4a5b", EDITION.toString())
                    .replace("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", UUID.randomUUID().toString());
            KafkaEvents.publish(kafka, "hlc.participants.events", "person-" + personId, 2,
                    "hlc.participants.Invited", invited);
            awaitMember(personId, null);
        }
        return personId;
    }

    /** A participant on the roster who was never invited and is in no group: a learner of no programme. */
    public static UUID outsider(String kafka, String subject) {
        return registered(kafka, subject, "participant", "Europe/Lisbon");
    }

    /** A coaching group of {@link #COHORT} coached by this person (GroupCreated on hlc.participants.events). */
    public static UUID group(String kafka, UUID coachPersonId) {
        UUID groupId = UUID.randomUUID();
        String payload = ContractExamples.example("participants", "GroupCreated").replace(EXAMPLE_GROUP,
                groupId.toString()).replace(EXAMPLE_COACH, coachPersonId.toString())
                .replace("2014-programme", COHORT)
                .replace("East Africa 1", "Group " + groupId.toString().substring(0, 4));
        KafkaEvents.publish(kafka, "hlc.participants.events", "group-" + groupId, 1,
                "hlc.participants.GroupCreated", payload);
        return groupId;
    }

    /** Adds a learner to a group of {@link #COHORT} (MemberAdded) and waits until the programme members show it. */
    public static void join(String kafka, UUID personId, UUID groupId) {
        String payload = ContractExamples.example("participants", "MemberAdded")
                .replace(ContractExamples.EXAMPLE_PERSON_ID, personId.toString())
                .replace(EXAMPLE_GROUP, groupId.toString()).replace("2014-programme", COHORT);
        KafkaEvents.publish(kafka, "hlc.participants.events", "membership-" + COHORT + "-" + personId, 1,
                "hlc.participants.MemberAdded", payload);
        awaitMember(personId, groupId);
    }

    private static synchronized String anchor() {
        if (anchorProgramme == null) {
            anchorProgramme = programmeWithModule().split("/")[0];
        }
        return anchorProgramme;
    }

    private static void awaitMember(UUID personId, UUID groupId) {
        String path = "/programmes/" + anchor() + "/members";
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            List<Map<String, Object>> members = given().auth().oauth2(ORGANIZER).get(path).then().statusCode(200)
                    .extract().path("");
            return members.stream().anyMatch(m -> personId.toString().equals(m.get("personId"))
                    && (groupId == null || groupId.toString().equals(m.get("groupId"))));
        });
    }

    private static UUID registered(String kafka, String subject, String role, String timeZone) {
        UUID personId = UUID.randomUUID();
        String payload = ContractExamples.example("participants", "PersonRegistered")
                .replace(ContractExamples.EXAMPLE_PERSON_ID, personId.toString())
                .replace(EXAMPLE_SUBJECT, subject)
                .replace("\"participant\"", "\"" + role + "\"")
                .replace("Africa/Nairobi", timeZone);
        KafkaEvents.publish(kafka, "hlc.participants.events", "person-" + personId, 1,
                "hlc.participants.PersonRegistered", payload);
        String token = TestTokens.anyone("coach");
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(token).get("/roster")
                .<List<String>>path("id").contains(personId.toString()));
        return personId;
    }

    /** A programme of {@link #EDITION} and {@link #COHORT} with one module; returns "programmeId/moduleId". */
    public static String programmeWithModule() {
        return programmeWithModule(EDITION, COHORT);
    }

    public static String programmeWithModule(UUID editionId, String cohort) {
        String programmeId = given().auth().oauth2(ORGANIZER).contentType("application/json")
                .body(Map.of("editionId", editionId.toString(), "cohort", cohort, "title", "HLC 2015",
                        "startsOn", "2015-03-02", "endsOn", "2015-03-15"))
                .post("/programmes").then().statusCode(201).extract().path("id");
        String moduleId = given().auth().oauth2(ORGANIZER).contentType("application/json")
                .body(Map.of("week", 1, "topic", "finance-and-revenue-models", "title", "Finance"))
                .post("/programmes/" + programmeId + "/modules").then().statusCode(201).extract()
                .path("modules[0].id");
        return programmeId + "/" + moduleId;
    }

    /** Publishes an assignment due at {@code dueAt} with a clarity (max 5) and feasibility (max 3) rubric. */
    public static Response publishAssignment(Instant dueAt) {
        return publishAssignment(programmeWithModule(), dueAt);
    }

    /** @param programmeAndModule "programmeId/moduleId" */
    public static Response publishAssignment(String programmeAndModule, Instant dueAt) {
        String[] ids = programmeAndModule.split("/");
        return given().auth().oauth2(ORGANIZER).contentType("application/json")
                .body(Map.of("programmeId", ids[0], "moduleId", ids[1], "title", "Your revenue model",
                        "instructions", "Describe **who pays**.", "dueAt", dueAt.toString(),
                        "rubric", List.of(Map.of("criterion", "clarity", "maxScore", 5),
                                Map.of("criterion", "feasibility", "maxScore", 3))))
                .post("/assignments");
    }

    public static String assignment(String programmeAndModule, Instant dueAt) {
        return publishAssignment(programmeAndModule, dueAt).then().statusCode(201).extract().path("id");
    }

    public static String assignment(Instant dueAt) {
        return publishAssignment(dueAt).then().statusCode(201).extract().path("id");
    }
}
