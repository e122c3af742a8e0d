package org.hlc.webinar.webinar;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.platform.testing.TestTokens;
import org.hlc.webinar.support.AudienceFixture;
import org.hlc.webinar.support.AudienceFixture.Person;
import org.junit.jupiter.api.Test;

/** Who may register and ask: the programme community, or one coaching group (from participants' group events). */
@QuarkusTest
class AudienceRuleTest {
    private final String organizer = TestTokens.anyone("organizer");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void a_group_webinar_admits_its_members_and_coach_and_refuses_everyone_else_with_403() {
        Person host = AudienceFixture.person(kafka, "Host", "Asia/Kolkata", "expert");
        Person coach = AudienceFixture.person(kafka, "Coach", "Africa/Nairobi", "coach");
        Person member = AudienceFixture.person(kafka, "Member", "Africa/Kampala", "participant");
        Person outsider = AudienceFixture.person(kafka, "Outsider", "America/Lima", "participant");
        UUID group = AudienceFixture.group(kafka, coach.id(), member.id());
        String webinar = schedule(host, group, 10, null);

        await().atMost(Duration.ofSeconds(30)).until(() -> register(member, webinar).statusCode() == 201);
        await().atMost(Duration.ofSeconds(30)).until(() -> register(coach, webinar).statusCode() == 201);
        register(outsider, webinar).then().statusCode(403).contentType("application/problem+json")
                .body("rule", equalTo("not-in-audience")).body("type", equalTo(
                        "https://hlc.example.org/problems/not-in-audience"));
        ask(outsider, webinar).then().statusCode(403).contentType("application/problem+json");
        ask(member, webinar).then().statusCode(201);
        given().auth().oauth2(organizer).get("/webinars/" + webinar).then().body("registeredCount", equalTo(2));
    }

    @Test
    void a_programme_webinar_is_for_participants_coaches_and_experts_not_voters_or_jurors() {
        Person host = AudienceFixture.person(kafka, "Host", "Asia/Kolkata", "expert");
        Person participant = AudienceFixture.person(kafka, "Participant", "Asia/Jakarta", "participant");
        Person voter = AudienceFixture.person(kafka, "Voter", "Europe/Berlin", "voter");
        Person juror = AudienceFixture.person(kafka, "Juror", "Europe/Paris", "jury");
        String webinar = schedule(host, null, 10, null);

        register(participant, webinar).then().statusCode(201).body("myRegistration", equalTo("REGISTERED"));
        register(voter, webinar).then().statusCode(403).body("rule", equalTo("not-in-audience"));
        register(juror, webinar).then().statusCode(403);
    }

    @Test
    void a_full_webinar_without_a_waitlist_refuses_the_next_registration_naming_the_rule() {
        Person host = AudienceFixture.person(kafka, "Host", "Asia/Kolkata", "expert");
        Person first = AudienceFixture.person(kafka, "First", "Asia/Beirut", "participant");
        Person second = AudienceFixture.person(kafka, "Second", "Africa/Lagos", "participant");
        String webinar = schedule(host, null, 1, false);

        given().auth().oauth2(organizer).get("/webinars/" + webinar).then().body("waitlist", equalTo(false));
        register(first, webinar).then().statusCode(201);
        register(second, webinar).then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("webinar-full")).body("capacity", equalTo(1));
        register(first, webinar).then().statusCode(201).body("myRegistration", equalTo("REGISTERED"));
    }

    private String schedule(Person host, UUID group, int capacity, Boolean waitlist) {
        return given().auth().oauth2(organizer).contentType("application/json").body("""
                {"programmeId": "%s", %s "topic": "impact", "title": "Impact", "hostId": "%s", "startsAt": "%s",
                 "durationMinutes": 60, "capacity": %d, "joinUrl": "https://meet.example.org/a" %s}"""
                .formatted(UUID.randomUUID(), group == null ? "" : "\"groupId\": \"" + group + "\",", host.id(),
                        Instant.now().plus(1, ChronoUnit.DAYS), capacity,
                        waitlist == null ? "" : ", \"waitlist\": " + waitlist))
                .post("/webinars").then().statusCode(201).extract().path("id");
    }

    private static Response register(Person person, String webinar) {
        return given().auth().oauth2(person.token()).contentType("application/json").body("{}")
                .post("/webinars/" + webinar + "/registration");
    }

    private static Response ask(Person person, String webinar) {
        return given().auth().oauth2(person.token()).contentType("application/json")
                .body("{\"text\": \"May I ask?\"}").post("/webinars/" + webinar + "/questions");
    }
}
