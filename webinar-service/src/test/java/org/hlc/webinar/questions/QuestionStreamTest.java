package org.hlc.webinar.questions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.platform.testing.SseReader;
import org.hlc.platform.testing.TestTokens;
import org.hlc.webinar.support.AudienceFixture;
import org.hlc.webinar.support.AudienceFixture.Person;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuestionStreamTest {
    private final String organizer = TestTokens.anyone("organizer");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @TestHTTPResource("/")
    URL base;

    /** An SSE event as read off the wire. */
    record Received(String id, String name, String data) {
    }

    @Test
    void pushes_new_questions_and_votes_and_resumes_after_last_event_id() throws Exception {
        Person host = AudienceFixture.person(kafka, "Host", "Asia/Kolkata", "expert");
        Person amina = AudienceFixture.person(kafka, "Amina", "Africa/Nairobi", "participant");
        String webinar = given().auth().oauth2(organizer).contentType("application/json").body("""
                {"programmeId": "%s", "topic": "impact", "title": "Impact", "hostId": "%s", "startsAt": "%s",
                 "durationMinutes": 60, "capacity": 20, "joinUrl": "https://meet.example.org/sse"}"""
                .formatted(UUID.randomUUID(), host.id(), Instant.now().plus(1, ChronoUnit.DAYS)))
                .post("/webinars").then().statusCode(201).extract().path("id");
        String stream = "webinars/" + webinar + "/questions/stream";

        CompletableFuture<List<Received>> live = CompletableFuture.supplyAsync(() -> read(stream, null, 2));
        String question = given().auth().oauth2(amina.token()).contentType("application/json")
                .body("{\"text\": \"Live?\"}").post("/webinars/" + webinar + "/questions").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(amina.token()).contentType("application/json").body("{}")
                .put("/webinars/" + webinar + "/questions/" + question + "/upvote").then().statusCode(200);

        List<Received> first = live.get(60, TimeUnit.SECONDS);
        assertThat(first).extracting(Received::name).containsExactly("QuestionAsked", "QuestionUpvoted");
        assertThat(first.get(0).data()).contains(question, "Live?");
        assertThat(first.get(1).data()).contains("\"votes\": 1");

        List<Received> resumed = read(stream, first.get(0).id(), 1);
        assertThat(resumed).extracting(Received::id).containsExactly(first.get(1).id());
    }

    @Test
    void a_malformed_last_event_id_is_400() {
        given().auth().oauth2(organizer).header("Last-Event-ID", "yesterday").accept("text/event-stream")
                .get("/webinars/" + UUID.randomUUID() + "/questions/stream").then().statusCode(400)
                .body("'invalid-params'.name", hasItem("Last-Event-ID"));
    }

    /** Reads until {@code count} events arrived (bounded by the request timeout), then closes the connection. */
    private List<Received> read(String path, String lastEventId, int count) {
        return SseReader.read(base + path, organizer, lastEventId, count).stream()
                .map(e -> new Received(e.id(), e.name(), e.data())).toList();
    }
}
