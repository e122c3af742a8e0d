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

/** Puts people on the roster through the participants contract, and creates programmes and assignments. */
public final class LearningFixtures {
    private static final String EXAMPLE_SUBJECT = "6c1d8e2f-3a4b-4c5d-8e9f-0a1b2c3d4e5f";
    public static final String ORGANIZER = TestTokens.anyone("organizer");

    private LearningFixtures() {
    }

    /** A person registered on hlc.participants.events with this subject, role and zone, once on the roster. */
    public static UUID onRoster(String kafka, String subject, String role, String timeZone) {
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

    public static String programmeWithModule() {
        String programmeId = given().auth().oauth2(ORGANIZER).contentType("application/json")
                .body(Map.of("editionId", UUID.randomUUID().toString(), "title", "HLC 2015",
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
        String[] ids = programmeWithModule().split("/");
        return given().auth().oauth2(ORGANIZER).contentType("application/json")
                .body(Map.of("programmeId", ids[0], "moduleId", ids[1], "title", "Your revenue model",
                        "instructions", "Describe **who pays**.", "dueAt", dueAt.toString(),
                        "rubric", List.of(Map.of("criterion", "clarity", "maxScore", 5),
                                Map.of("criterion", "feasibility", "maxScore", 3))))
                .post("/assignments");
    }

    public static String assignment(Instant dueAt) {
        return publishAssignment(dueAt).then().statusCode(201).extract().path("id");
    }
}
