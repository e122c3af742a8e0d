package org.hlc.webinar.questions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.platform.testing.TestTokens;
import org.hlc.webinar.support.AudienceFixture;
import org.hlc.webinar.support.AudienceFixture.Person;
import org.junit.jupiter.api.Test;

/** Unanswered questions with votes outlive their webinar: the next one on the topic, or the group's coach, gets them. */
@QuarkusTest
class CarryOverTest {
    private final String organizer = TestTokens.anyone("organizer");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    CarryOverSweeper sweeper;

    @Test
    void unanswered_questions_with_votes_move_to_the_next_webinar_on_the_topic_marked_as_carried_over() {
        Person host = AudienceFixture.person(kafka, "Host", "Asia/Kolkata", "expert");
        Person amina = AudienceFixture.person(kafka, "Amina", "Africa/Nairobi", "participant");
        Person rami = AudienceFixture.person(kafka, "Rami", "Asia/Beirut", "participant");
        UUID programme = UUID.randomUUID();
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        String first = schedule(host, programme, null, "pricing", start);
        String later = schedule(host, programme, null, "pricing", start.plus(3, ChronoUnit.DAYS));
        String next = schedule(host, programme, null, "pricing", start.plus(1, ChronoUnit.DAYS));
        schedule(host, programme, null, "other-topic", start.plus(2, ChronoUnit.HOURS));
        String voted = ask(amina, first, "How do we price for the poorest?");
        String answered = ask(amina, first, "Answered already?");
        String unvoted = ask(rami, first, "Nobody cares about this one");
        upvote(rami, first, voted);
        upvote(amina, first, voted);
        upvote(rami, first, answered);
        given().auth().oauth2(host.token()).contentType("application/json").body("{\"answer\": \"Yes.\"}")
                .post("/webinars/" + first + "/questions/" + answered + "/answer").then().statusCode(200);

        carryOver(host, first).then().statusCode(422).body("rule", equalTo("webinar-not-over"));
        carryOver(amina, first).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(organizer).contentType("application/json").header("If-Match", "\"1\"")
                .body("{\"reason\": \"moved to next week\"}").post("/webinars/" + first + "/cancellation").then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> votes(first).equals(Map.of(voted, 2, answered, 1,
                unvoted, 0)));

        carryOver(host, first).then().statusCode(200).body("toWebinarId", equalTo(next))
                .body("carried.questionId", contains(voted)).body("carried.votes", contains(2))
                .body("notCarried", equalTo(0));
        carryOver(organizer, first).then().statusCode(200).body("carried", empty());

        await().atMost(Duration.ofSeconds(30)).until(() -> !questions(amina, next).isEmpty());
        List<Map<String, Object>> carried = questions(amina, next);
        assertThat(carried).hasSize(1);
        assertThat(carried.get(0)).containsEntry("id", voted).containsEntry("carriedOverFrom", first)
                .containsEntry("votes", 2).containsEntry("status", "OPEN");
        assertThat(questions(amina, first)).extracting(q -> q.get("id")).containsExactlyInAnyOrder(answered, unvoted);
        assertThat(questions(amina, later)).isEmpty();
        // the carried question lives on in the next webinar: its host answers it there
        given().auth().oauth2(host.token()).contentType("application/json").body("{\"answer\": \"Tiered.\"}")
                .post("/webinars/" + next + "/questions/" + voted + "/answer").then().statusCode(200)
                .body("status", equalTo("ANSWERED")).body("carriedOverFrom", equalTo(first));
    }

    @Test
    void without_a_next_webinar_a_group_webinars_questions_go_to_the_groups_coach() {
        Person host = AudienceFixture.person(kafka, "Host", "Asia/Kolkata", "expert");
        Person coach = AudienceFixture.person(kafka, "Coach", "America/Bogota", "coach");
        Person otherCoach = AudienceFixture.person(kafka, "Other coach", "Asia/Jakarta", "coach");
        Person member = AudienceFixture.person(kafka, "Member", "America/Lima", "participant");
        UUID group = AudienceFixture.group(kafka, coach.id(), member.id());
        String webinar = schedule(host, UUID.randomUUID(), group, "scaling",
                Instant.now().plus(1, ChronoUnit.DAYS));
        // membership arrives from Kafka: asking is refused (403) until it has been projected
        java.util.concurrent.atomic.AtomicReference<String> asked = new java.util.concurrent.atomic.AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Response response = given().auth().oauth2(member.token()).contentType("application/json")
                    .body("{\"text\": \"Who funds scaling?\"}").post("/webinars/" + webinar + "/questions");
            asked.set(response.statusCode() == 201 ? response.path("id") : null);
            return asked.get() != null;
        });
        String question = asked.get();
        upvote(member, webinar, question);
        given().auth().oauth2(organizer).contentType("application/json").header("If-Match", "\"1\"")
                .body("{\"reason\": \"host travelling\"}").post("/webinars/" + webinar + "/cancellation").then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> votes(webinar).equals(Map.of(question, 1)));

        carryOver(host, webinar).then().statusCode(200).body("toCoachPersonId", equalTo(coach.id().toString()))
                .body("carried.questionId", contains(question));

        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(coach.token())
                .get("/coaches/" + coach.id() + "/carried-questions").<List<String>>path("id").contains(question));
        given().auth().oauth2(coach.token()).get("/coaches/" + coach.id() + "/carried-questions").then()
                .statusCode(200).body("find { it.id == '%s' }.status".formatted(question), equalTo("CARRIED_OVER"))
                .body("find { it.id == '%s' }.webinarId".formatted(question), equalTo(webinar))
                .body("find { it.id == '%s' }.votes".formatted(question), equalTo(1));
        given().auth().oauth2(otherCoach.token()).get("/coaches/" + coach.id() + "/carried-questions").then()
                .statusCode(403);
        given().auth().oauth2(member.token()).get("/coaches/" + coach.id() + "/carried-questions").then()
                .statusCode(403);
        given().auth().oauth2(organizer).get("/coaches/" + coach.id() + "/carried-questions").then()
                .statusCode(200);
        given().auth().oauth2(organizer).get("/coaches/nope/carried-questions").then().statusCode(400);
    }

    @Test
    void the_sweeper_carries_over_by_itself_once_a_webinar_is_over() {
        Person host = AudienceFixture.person(kafka, "Host", "Asia/Kathmandu", "expert");
        Person amina = AudienceFixture.person(kafka, "Amina", "Africa/Nairobi", "participant");
        UUID programme = UUID.randomUUID();
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        String first = schedule(host, programme, null, "storytelling", start);
        String next = schedule(host, programme, null, "storytelling", start.plus(1, ChronoUnit.DAYS));
        String question = ask(amina, first, "How long should a pitch be?");
        upvote(amina, first, question);
        await().atMost(Duration.ofSeconds(30)).until(() -> votes(first).equals(Map.of(question, 1)));
        assertThat(sweeper.sweep().await().atMost(Duration.ofSeconds(30)))
                .noneMatch(result -> result.webinarId().toString().equals(first)); // not over yet

        given().auth().oauth2(organizer).contentType("application/json").header("If-Match", "\"1\"")
                .body("{\"reason\": \"merged\"}").post("/webinars/" + first + "/cancellation").then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> sweeper.sweep().await().atMost(Duration.ofSeconds(30))
                .stream().anyMatch(result -> result.webinarId().toString().equals(first)
                        && result.toWebinarId().toString().equals(next)));

        await().atMost(Duration.ofSeconds(30)).until(() -> questions(amina, next).stream()
                .anyMatch(q -> question.equals(q.get("id")) && first.equals(q.get("carriedOverFrom"))));
    }

    private String schedule(Person host, UUID programme, UUID group, String topic, Instant start) {
        return given().auth().oauth2(organizer).contentType("application/json").body("""
                {"programmeId": "%s", %s "topic": "%s", "title": "Q&A", "hostId": "%s", "startsAt": "%s",
                 "durationMinutes": 60, "capacity": 20, "joinUrl": "https://meet.example.org/c"}"""
                .formatted(programme, group == null ? "" : "\"groupId\": \"" + group + "\",", topic, host.id(),
                        start))
                .post("/webinars").then().statusCode(201).extract().path("id");
    }

    private static String ask(Person person, String webinar, String text) {
        return given().auth().oauth2(person.token()).contentType("application/json")
                .body("{\"text\": \"" + text + "\"}").post("/webinars/" + webinar + "/questions").then()
                .statusCode(201).extract().path("id");
    }

    private static void upvote(Person person, String webinar, String question) {
        given().auth().oauth2(person.token()).contentType("application/json").body("{}")
                .put("/webinars/" + webinar + "/questions/" + question + "/upvote").then().statusCode(200);
    }

    private static Response carryOver(Object who, String webinar) {
        String token = who instanceof Person p ? p.token() : (String) who;
        return given().auth().oauth2(token).contentType("application/json").body("{}")
                .post("/webinars/" + webinar + "/questions/carry-over");
    }

    private List<Map<String, Object>> questions(Object who, String webinar) {
        String token = who instanceof Person p ? p.token() : (String) who;
        return given().auth().oauth2(token).get("/webinars/" + webinar + "/questions").path("");
    }

    private Map<String, Integer> votes(String webinar) {
        Map<String, Integer> votes = new java.util.HashMap<>();
        for (Map<String, Object> q : questions(organizer, webinar)) {
            votes.put(q.get("id").toString(), (Integer) q.get("votes"));
        }
        return votes;
    }
}
