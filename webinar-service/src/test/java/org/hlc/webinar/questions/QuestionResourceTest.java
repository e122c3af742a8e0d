package org.hlc.webinar.questions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.platform.testing.TestTokens;
import org.hlc.webinar.support.AudienceFixture;
import org.hlc.webinar.support.AudienceFixture.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuestionResourceTest {
    private final String organizer = TestTokens.anyone("organizer");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private Person host;
    private Person amina;
    private Person rami;
    private String webinar;

    @BeforeEach
    void webinar() {
        host = AudienceFixture.person(kafka, "Host", "Asia/Kolkata", "expert");
        amina = AudienceFixture.person(kafka, "Amina", "Africa/Nairobi", "participant");
        rami = AudienceFixture.person(kafka, "Rami", "Asia/Beirut", "participant");
        webinar = given().auth().oauth2(organizer).contentType("application/json").body("""
                {"programmeId": "%s", "topic": "impact", "title": "Impact", "hostId": "%s", "startsAt": "%s",
                 "durationMinutes": 60, "capacity": 20, "joinUrl": "https://meet.example.org/qa"}"""
                .formatted(UUID.randomUUID(), host.id(), Instant.now().plus(1, ChronoUnit.DAYS)))
                .post("/webinars").then().statusCode(201).extract().path("id");
    }

    @Test
    void questions_are_listed_by_votes_and_a_double_upvote_counts_once() {
        String first = ask(amina, "First question").then().statusCode(201).extract().path("id");
        String second = ask(rami, "Second question").then().statusCode(201).extract().path("id");

        upvote(amina, second).then().statusCode(200).body("upvoted", equalTo(true)).body("changed", equalTo(true));
        upvote(amina, second).then().statusCode(200).body("changed", equalTo(false));
        upvote(rami, second).then().statusCode(200);
        upvote(rami, first).then().statusCode(200);
        given().auth().oauth2(rami.token()).delete(path(first) + "/upvote").then().statusCode(200)
                .body("upvoted", equalTo(false));

        await().atMost(Duration.ofSeconds(30)).until(() -> votes().equals(List.of(2, 0)));
        assertThat(given().auth().oauth2(amina.token()).get(path("")).<List<String>>path("id"))
                .containsExactly(second, first);
    }

    @Test
    void concurrent_double_upvotes_by_one_person_count_once() throws Exception {
        String question = ask(amina, "Race me").then().statusCode(201).extract().path("id");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(() -> upvote(rami, question).statusCode()));
        }
        for (Future<Integer> result : results) {
            assertThat(result.get()).isIn(200, 409);
        }
        pool.shutdown();

        await().atMost(Duration.ofSeconds(30)).until(() -> votes().equals(List.of(1)));
    }

    @Test
    void the_host_answers_and_hides_and_anyone_else_gets_403() {
        String question = ask(amina, "Answer me").then().statusCode(201).extract().path("id");
        String spam = ask(rami, "Buy my product").then().statusCode(201).extract().path("id");

        post(amina, question + "/answer", "{\"answer\": \"I answer myself\"}").then().statusCode(403)
                .contentType("application/problem+json");
        post(rami, spam + "/hiding", "{\"reason\": \"mine\"}").then().statusCode(403);
        post(host, question + "/answer", "{\"answer\": \"Start small.\"}").then().statusCode(200)
                .body("status", equalTo("ANSWERED")).body("answer", equalTo("Start small."));
        post(host, spam + "/hiding", "{\"reason\": \"advertising\"}").then().statusCode(200)
                .body("status", equalTo("HIDDEN"));
        post(host, spam + "/hiding", "{}").then().statusCode(400).body("'invalid-params'.name", hasItem("reason"));

        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(host.token()).get(path(""))
                .<List<String>>path("status").containsAll(List.of("ANSWERED", "HIDDEN")));
        assertThat(given().auth().oauth2(amina.token()).get(path("")).<List<String>>path("id"))
                .containsExactly(question);
    }

    @Test
    void bad_input_is_named() {
        ask(amina, "").then().statusCode(400).body("'invalid-params'.name", hasItem("text"));
        upvote(amina, UUID.randomUUID().toString()).then().statusCode(404);
        upvote(amina, "not-a-uuid").then().statusCode(400).body("'invalid-params'.name", hasItem("questionId"));
        given().auth().oauth2(amina.token()).contentType("application/json").body("{\"text\": \"x\"}")
                .post("/webinars/" + UUID.randomUUID() + "/questions").then().statusCode(404);
    }

    private List<Integer> votes() {
        return given().auth().oauth2(organizer).get(path("")).path("votes");
    }

    private String path(String rest) {
        return "/webinars/" + webinar + "/questions" + (rest.isEmpty() ? "" : "/" + rest);
    }

    private Response ask(Person person, String text) {
        return post(person, "", "{\"text\": \"" + text + "\"}");
    }

    private Response upvote(Person person, String question) {
        return given().auth().oauth2(person.token()).contentType("application/json").body("{}")
                .put(path(question) + "/upvote");
    }

    private Response post(Person person, String rest, String body) {
        return given().auth().oauth2(person.token()).contentType("application/json").body(body).post(path(rest));
    }
}
