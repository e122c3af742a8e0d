package org.hlc.learning.progress;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.learning.LearningFixtures;
import org.hlc.platform.testing.ContractExamples;
import org.hlc.platform.testing.KafkaEvents;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgressTest {
    private static final String EXAMPLE_WEBINAR = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    private static final String EXAMPLE_PERSON = "5d1f6c8e-2a8b-4f7e-9d65-2b1c0e7a9f10";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private void attendance(UUID webinarId, UUID personId, boolean attended, String recordedAt, UUID eventId) {
        String payload = ContractExamples.example("webinar", "AttendanceRecorded")
                .replace(EXAMPLE_WEBINAR, webinarId.toString()).replace(EXAMPLE_PERSON, personId.toString())
                .replace("\"attended\": true", "\"attended\": " + attended)
                .replace("2026-12-07T14:05:00Z", recordedAt);
        KafkaEvents.publish(kafka, "hlc.webinar.events", "webinar-" + webinarId, 1, "hlc.webinar.AttendanceRecorded",
                payload, eventId);
    }

    @Test
    void progress_counts_submissions_posts_and_webinars_attended_from_webinar_events() {
        String subject = UUID.randomUUID().toString();
        UUID personId = LearningFixtures.onRoster(kafka, subject, "participant", "Asia/Kolkata");
        String token = TestTokens.token(subject, "participant");
        String onTime = LearningFixtures.assignment(Instant.now().plus(1, ChronoUnit.DAYS));
        String late = LearningFixtures.assignment(Instant.now().minus(1, ChronoUnit.HOURS));
        for (String assignment : List.of(onTime, late)) {
            given().auth().oauth2(token).contentType("application/json").body(Map.of("text", "my work"))
                    .post("/assignments/" + assignment + "/submissions").then().statusCode(201);
        }
        String programmeId = LearningFixtures.programmeWithModule().split("/")[0];
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("title", "Week one", "markdown", "learned a lot", "visibility", "community"))
                .post("/programmes/" + programmeId + "/posts").then().statusCode(201);
        UUID webinar = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        attendance(webinar, personId, true, "2026-12-07T14:05:00Z", eventId);
        attendance(webinar, personId, true, "2026-12-07T14:05:00Z", eventId);
        attendance(UUID.randomUUID(), personId, false, "2026-12-08T14:05:00Z", UUID.randomUUID());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token).get("/progress/me")
                .then().statusCode(200)
                .body("submissionsOnTime", equalTo(1)).body("submissionsLate", equalTo(1))
                .body("postsWritten", equalTo(1)).body("webinarsAttended", equalTo(1))
                .body("webinarMinutes", equalTo(110)));

        given().auth().oauth2(TestTokens.anyone("coach")).get("/progress/" + personId).then().statusCode(200)
                .body("webinarsAttended", equalTo(1));
        given().auth().oauth2(TestTokens.anyone("participant")).get("/progress/" + personId).then().statusCode(403);
    }

    @Test
    void reading_released_material_counts_as_modules_seen_once_per_material() {
        String subject = UUID.randomUUID().toString();
        LearningFixtures.onRoster(kafka, subject, "participant", "Africa/Nairobi");
        String token = TestTokens.token(subject, "participant");
        String[] ids = LearningFixtures.programmeWithModule().split("/");
        String materials = "/programmes/" + ids[0] + "/modules/" + ids[1] + "/materials";
        String released = given().auth().oauth2(LearningFixtures.ORGANIZER).contentType("application/json")
                .body(Map.of("title", "Unit economics", "markdown", "# Read me", "releaseAt",
                        Instant.now().minusSeconds(60).toString()))
                .post(materials).then().statusCode(201).extract().path("modules[0].materials[0].id");
        String later = given().auth().oauth2(LearningFixtures.ORGANIZER).contentType("application/json")
                .body(Map.of("title", "Tomorrow", "markdown", "# Later", "releaseAt",
                        Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .post(materials).then().statusCode(201).extract().path("modules[0].materials[1].id");

        given().auth().oauth2(token).get("/programmes/" + ids[0] + "/materials/" + later).then().statusCode(404);
        given().auth().oauth2(LearningFixtures.ORGANIZER).get("/programmes/" + ids[0] + "/materials/" + later).then()
                .statusCode(200).body("title", equalTo("Tomorrow"));
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(token).get("/programmes/" + ids[0] + "/materials/" + released).then()
                    .statusCode(200).body("markdown", equalTo("# Read me"));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token).get("/progress/me")
                .then().statusCode(200).body("modulesSeen", equalTo(1)).body("materialsRead", equalTo(1)));
    }

    private void webinar(String type, UUID webinarId, String programmeId, String startsAt, long version) {
        String payload = ContractExamples.example("webinar", type).replace(EXAMPLE_WEBINAR, webinarId.toString())
                .replace("3f2c1a9e-6b1d-4c57-9a41-0d2f7e5b8c13", programmeId)
                .replace("2026-12-07T13:00:00Z", startsAt);
        KafkaEvents.publish(kafka, "hlc.webinar.events", "webinar-" + webinarId, version, "hlc.webinar." + type,
                payload);
    }

    @Test
    void the_organizer_view_counts_the_webinars_held_from_webinar_events() {
        String programmeId = LearningFixtures.programmeWithModule().split("/")[0];
        webinar("WebinarScheduled", UUID.randomUUID(), programmeId, "2015-03-03T13:00:00Z", 1);
        UUID cancelled = UUID.randomUUID();
        webinar("WebinarScheduled", cancelled, programmeId, "2015-03-04T13:00:00Z", 1);
        webinar("WebinarCancelled", cancelled, programmeId, "2015-03-04T13:00:00Z", 2);
        webinar("WebinarScheduled", UUID.randomUUID(), programmeId, "2999-03-05T13:00:00Z", 1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(LearningFixtures.ORGANIZER)
                .get("/progress/programmes/" + programmeId).then().statusCode(200)
                .body("webinarsHeld", equalTo(1)));
    }

    @Test
    void a_later_attendance_record_supersedes_an_earlier_one() {
        String subject = UUID.randomUUID().toString();
        UUID personId = LearningFixtures.onRoster(kafka, subject, "participant", "Europe/Berlin");
        String token = TestTokens.token(subject, "participant");
        UUID webinar = UUID.randomUUID();
        attendance(webinar, personId, true, "2026-12-07T14:05:00Z", UUID.randomUUID());
        attendance(webinar, personId, false, "2026-12-07T15:00:00Z", UUID.randomUUID());
        attendance(webinar, personId, true, "2026-12-07T14:30:00Z", UUID.randomUUID());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token).get("/progress/me")
                .then().statusCode(200).body("webinarMinutes", equalTo(55)));
        given().auth().oauth2(token).get("/progress/me").then().body("webinarsAttended", equalTo(0));
    }
}
