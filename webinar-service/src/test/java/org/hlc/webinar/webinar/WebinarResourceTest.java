package org.hlc.webinar.webinar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.platform.testing.OpenApiInputAudit;
import org.hlc.platform.testing.OpenApiSecurityAudit;
import org.hlc.platform.testing.TestTokens;
import org.hlc.webinar.support.AudienceFixture;
import org.hlc.webinar.support.AudienceFixture.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebinarResourceTest {
    private final String organizer = TestTokens.anyone("organizer");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private Person expert;

    @BeforeEach
    void host() {
        expert = AudienceFixture.person(kafka, "Priya", "Asia/Kolkata", "expert");
    }

    @Test
    void schedules_a_webinar_and_lists_it_with_the_start_in_the_callers_zone() {
        UUID programme = UUID.randomUUID();
        Person bogota = AudienceFixture.person(kafka, "Camila", "America/Bogota", "participant");
        Instant start = Instant.parse("2030-12-07T13:00:00Z");

        Response created = schedule(organizer, body(programme, expert.id(), start, 60, 25, "https://meet.example.org/a"));

        created.then().statusCode(201).header("ETag", "\"1\"").header("Location", containsString("/webinars/"))
                .body("status", equalTo("SCHEDULED")).body("hostId", equalTo(expert.id().toString()));
        String id = created.path("id");
        given().auth().oauth2(bogota.token()).get("/webinars/" + id).then().statusCode(200)
                .body("timeZone", equalTo("America/Bogota"))
                .body("localStartsAt", equalTo("2030-12-07T08:00:00-05:00"));
        await().atMost(Duration.ofSeconds(30)).until(() -> listed(bogota.token(), programme, "").size() == 1);
        given().auth().oauth2(bogota.token()).get("/webinars?programmeId=" + programme).then().statusCode(200)
                .body("items[0].id", equalTo(id))
                .body("items[0].localStartsAt", equalTo("2030-12-07T08:00:00-05:00"));
        given().auth().oauth2(bogota.token()).get("/webinars?programmeId=" + programme + "&tz=Asia/Kathmandu").then()
                .body("items[0].timeZone", equalTo("Asia/Kathmandu"))
                .body("items[0].localStartsAt", equalTo("2030-12-07T18:45:00+05:45"));
    }

    @Test
    void lists_a_programme_page_by_page() {
        UUID programme = UUID.randomUUID();
        for (int day = 1; day <= 3; day++) {
            schedule(organizer, body(programme, expert.id(), Instant.parse("2030-12-0" + day + "T13:00:00Z"), 60, 5,
                    "https://meet.example.org/p")).then().statusCode(201);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> listed(organizer, programme, "").size() == 3);

        Response first = given().auth().oauth2(organizer).get("/webinars?limit=2&programmeId=" + programme);
        first.then().statusCode(200).header("Link", containsString("rel=\"next\""));
        List<String> second = given().auth().oauth2(organizer).get(first.<String>path("next")).path("items.startsAt");
        assertThat(second).containsExactly("2030-12-03T13:00:00Z");
        given().auth().oauth2(organizer).get("/webinars").then().statusCode(400)
                .body("'invalid-params'.name", hasItem("programmeId"));
        given().auth().oauth2(organizer).get("/webinars?programmeId=" + programme + "&tz=Mars/Base").then()
                .statusCode(400).body("'invalid-params'.name", hasItem("tz"));
    }

    @Test
    void refuses_bad_schedules_naming_the_rule_or_field() {
        UUID programme = UUID.randomUUID();
        Instant future = Instant.now().plus(2, ChronoUnit.DAYS);
        schedule(organizer, body(programme, expert.id(), Instant.now().minus(1, ChronoUnit.HOURS), 60, 5,
                "https://meet.example.org/x")).then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("start-in-past"));
        schedule(organizer, body(programme, expert.id(), future, 0, 5, "https://meet.example.org/x")).then()
                .statusCode(400).body("'invalid-params'.name", hasItem("durationMinutes"));
        schedule(organizer, body(programme, expert.id(), future, -30, 5, "https://meet.example.org/x")).then()
                .statusCode(400).body("'invalid-params'.name", hasItem("durationMinutes"));
        schedule(organizer, body(programme, expert.id(), future, 241, 5, "https://meet.example.org/x")).then()
                .statusCode(400).body("'invalid-params'.name", hasItem("durationMinutes"));
        schedule(organizer, body(programme, UUID.randomUUID(), future, 60, 5, "https://meet.example.org/x")).then()
                .statusCode(422).body("rule", equalTo("host-unknown"));
        Person participant = AudienceFixture.person(kafka, "Not an expert", "Africa/Lagos", "participant");
        schedule(organizer, body(programme, participant.id(), future, 60, 5, "https://meet.example.org/x")).then()
                .statusCode(422).body("rule", equalTo("host-not-expert"));
        schedule(organizer, body(programme, expert.id(), future, 60, 5, "ftp://files.example.org/x")).then()
                .statusCode(400).body("'invalid-params'.name", hasItem("joinUrl"));
        schedule(organizer, body(programme, expert.id(), future, 60, 0, "https://meet.example.org/x")).then()
                .statusCode(400).body("'invalid-params'.name", hasItem("capacity"));
        schedule(organizer, "{\"title\": \"only\"}").then().statusCode(400)
                .body("'invalid-params'.name", hasItems("programmeId", "topic", "hostId", "startsAt"));
        schedule(participant.token(), body(programme, expert.id(), future, 60, 5, "https://meet.example.org/x"))
                .then().statusCode(403);
    }

    @Test
    void the_host_reschedules_with_if_match_and_others_may_not() {
        String id = scheduleFuture(5);
        String later = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString();
        String change = "{\"startsAt\": \"" + later + "\", \"durationMinutes\": 45}";

        put(expert.token(), "/webinars/" + id + "/schedule", "\"1\"", change).then().statusCode(200)
                .header("ETag", "\"2\"").body("sequence", equalTo(1)).body("durationMinutes", equalTo(45));
        put(expert.token(), "/webinars/" + id + "/schedule", "\"1\"", change).then().statusCode(412);
        put(expert.token(), "/webinars/" + id + "/schedule", null, change).then().statusCode(428);
        Person other = AudienceFixture.person(kafka, "Other expert", "Africa/Nairobi", "expert");
        put(other.token(), "/webinars/" + id + "/schedule", "\"2\"", change).then().statusCode(403)
                .contentType("application/problem+json");
        put(organizer, "/webinars/" + id + "/schedule", "\"2\"",
                "{\"startsAt\": \"2020-01-01T00:00:00Z\", \"durationMinutes\": 45}").then().statusCode(422)
                .body("rule", equalTo("start-in-past"));
    }

    @Test
    void registration_for_a_cancelled_webinar_is_refused() {
        String id = scheduleFuture(5);
        Person amina = AudienceFixture.person(kafka, "Amina", "Africa/Nairobi", "participant");

        post(organizer, "/webinars/" + id + "/cancellation", "\"1\"", "{\"reason\": \"expert ill\"}").then()
                .statusCode(200).body("status", equalTo("CANCELLED"));
        post(amina.token(), "/webinars/" + id + "/registration", null, "{}").then().statusCode(422)
                .contentType("application/problem+json").body("rule", equalTo("webinar-cancelled"));
        post(organizer, "/webinars/" + id + "/cancellation", null, "{\"reason\": \"x\"}").then().statusCode(428);
    }

    @Test
    void a_full_webinar_waitlists_in_order_and_a_cancellation_promotes_the_first_waiter() {
        String id = scheduleFuture(1);
        Person amina = AudienceFixture.person(kafka, "Amina", "Africa/Nairobi", "participant");
        Person rami = AudienceFixture.person(kafka, "Rami", "Asia/Beirut", "participant");
        Person sari = AudienceFixture.person(kafka, "Sari", "Asia/Jakarta", "participant");

        register(id, amina).then().statusCode(201).body("myRegistration", equalTo("REGISTERED"));
        register(id, rami).then().statusCode(201).body("myRegistration", equalTo("WAITLISTED"))
                .body("myWaitlistPosition", equalTo(1));
        register(id, sari).then().statusCode(201).body("myWaitlistPosition", equalTo(2));
        register(id, rami).then().statusCode(201).body("myWaitlistPosition", equalTo(1)).body("waitlistCount", equalTo(2));

        given().auth().oauth2(amina.token()).delete("/webinars/" + id + "/registration").then().statusCode(200)
                .body("registeredCount", equalTo(1)).body("waitlistCount", equalTo(1));
        given().auth().oauth2(rami.token()).get("/webinars/" + id).then().body("myRegistration", equalTo("REGISTERED"));
        given().auth().oauth2(sari.token()).get("/webinars/" + id).then().body("myWaitlistPosition", equalTo(1));
        given().auth().oauth2(amina.token()).delete("/webinars/" + id + "/registration").then().statusCode(404);
    }

    @Test
    void registering_needs_a_known_person_and_a_known_webinar() {
        String id = scheduleFuture(5);
        post(TestTokens.anyone("participant"), "/webinars/" + id + "/registration", null, "{}").then()
                .statusCode(422).body("rule", equalTo("person-unknown"));
        Person amina = AudienceFixture.person(kafka, "Amina", "Africa/Nairobi", "participant");
        post(amina.token(), "/webinars/" + UUID.randomUUID() + "/registration", null, "{}").then().statusCode(404);
        post(amina.token(), "/webinars/nope/registration", null, "{}").then().statusCode(400)
                .body("'invalid-params'.name", hasItem("id"));
    }

    @Test
    void concurrent_registrations_never_exceed_the_capacity() throws Exception {
        String id = scheduleFuture(2);
        List<Person> people = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            people.add(AudienceFixture.person(kafka, "P" + i, "Africa/Lagos", "participant"));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(5);
        List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
        for (Person person : people) {
            results.add(pool.submit(() -> register(id, person).statusCode()));
        }
        for (var result : results) {
            assertThat(result.get()).isIn(201, 409);
        }
        pool.shutdown();

        Response webinar = given().auth().oauth2(organizer).get("/webinars/" + id);
        assertThat(webinar.<Integer>path("registeredCount")).isEqualTo(2);
        assertThat(webinar.<Integer>path("registeredCount") + webinar.<Integer>path("waitlistCount"))
                .isLessThanOrEqualTo(5);
    }

    @Test
    void every_non_public_operation_refuses_anonymous_callers() throws Exception {
        assertThat(OpenApiSecurityAudit.assertAnonymousCallsAreRejected(Set.of("GET /calendar/{token}.ics")))
                .contains("POST /webinars",
                "GET /webinars", "GET /webinars/{id}", "PUT /webinars/{id}/schedule",
                "POST /webinars/{id}/cancellation", "POST /webinars/{id}/registration",
                "DELETE /webinars/{id}/registration", "POST /webinars/{id}/attendance",
                "POST /webinars/slot-suggestions", "PUT /webinars/{id}/recording",
                "POST /webinars/{webinarId}/questions/carry-over", "GET /coaches/{coachId}/carried-questions",
                "POST /me/calendar-feed", "GET /me/calendar-feed", "DELETE /me/calendar-feed");
    }

    @Test
    void bad_input_to_any_operation_gets_a_named_4xx_problem() throws Exception {
        String webinar = scheduleFuture(20);
        Person coach = AudienceFixture.person(kafka, "Kofi", "Africa/Accra", "coach");
        Person asker = AudienceFixture.person(kafka, "Amina", "Africa/Nairobi", "participant");
        String question = post(asker.token(), "/webinars/" + webinar + "/questions", null,
                "{\"text\": \"What does it cost?\"}").then().statusCode(201).extract().path("id");

        assertThat(OpenApiInputAudit.assertBadInputGetsNamedProblems(Map.of("id", webinar, "webinarId", webinar,
                "questionId", question, "coachId", coach.id().toString(), "personId", expert.id().toString())))
                .contains("POST /webinars", "PUT /webinars/{id}/schedule");
    }

    private static Response register(String webinarId, Person person) {
        return post(person.token(), "/webinars/" + webinarId + "/registration", null, "{}");
    }

    private String scheduleFuture(int capacity) {
        return schedule(organizer, body(UUID.randomUUID(), expert.id(),
                Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES), 60, capacity,
                "https://meet.example.org/s")).then().statusCode(201).extract().path("id");
    }

    private List<Object> listed(String token, UUID programme, String query) {
        return given().auth().oauth2(token).get("/webinars?programmeId=" + programme + query).path("items");
    }

    static String body(UUID programme, UUID host, Instant start, int duration, int capacity, String joinUrl) {
        return """
                {"programmeId": "%s", "topic": "impact-measurement", "title": "Measuring impact", "hostId": "%s",
                 "startsAt": "%s", "durationMinutes": %d, "capacity": %d, "joinUrl": "%s"}"""
                .formatted(programme, host, start, duration, capacity, joinUrl);
    }

    static Response schedule(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/webinars");
    }

    static Response put(String token, String path, String ifMatch, String body) {
        return withIfMatch(token, ifMatch).body(body).put(path);
    }

    static Response post(String token, String path, String ifMatch, String body) {
        return withIfMatch(token, ifMatch).body(body).post(path);
    }

    private static RequestSpecification withIfMatch(String token, String ifMatch) {
        RequestSpecification request = given().auth().oauth2(token).contentType("application/json");
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }
}
