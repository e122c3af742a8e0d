package org.hlc.webinar.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.platform.testing.KafkaEvents;
import org.hlc.platform.testing.TestTokens;
import org.hlc.webinar.support.AudienceFixture;
import org.hlc.webinar.support.AudienceFixture.Person;
import org.junit.jupiter.api.Test;

/**
 * The personal feed end to end: webinars through the API, deadlines as learning-service publishes them on Kafka,
 * the feed fetched without a token and read back with ical4j.
 */
@QuarkusTest
class CalendarFeedTest {
    private static final String TITLE = "Revenue, costs; and the rest — über-long title to be folded 🌍 for sure";
    private final String organizer = TestTokens.anyone("organizer");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void the_feed_has_registered_webinars_with_join_url_and_deadlines_and_follows_reschedules_and_cancellations()
            throws Exception {
        Person host = AudienceFixture.person(kafka, "Host", "Asia/Kathmandu", "expert");
        Person camila = AudienceFixture.person(kafka, "Camila", "America/Bogota", "participant");
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        String moved = schedule(host, TITLE, start, "https://meet.example.org/moved?a=1;b=2");
        String dropped = schedule(host, "Dropped", start.plus(1, ChronoUnit.DAYS), "https://meet.example.org/dropped");
        String other = schedule(host, "Not mine", start, "https://meet.example.org/other");
        register(camila, moved);
        register(camila, dropped);
        Instant newStart = start.plus(3, ChronoUnit.HOURS);
        given().auth().oauth2(organizer).contentType("application/json").header("If-Match", "\"2\"")
                .body("{\"startsAt\": \"" + newStart + "\", \"durationMinutes\": 45}")
                .put("/webinars/" + moved + "/schedule").then().statusCode(200).body("sequence", equalTo(1));
        given().auth().oauth2(organizer).contentType("application/json").header("If-Match", "\"2\"")
                .body("{\"reason\": \"expert ill\"}").post("/webinars/" + dropped + "/cancellation").then()
                .statusCode(200);
        UUID assignment = UUID.randomUUID();
        Instant due = start.plus(4, ChronoUnit.DAYS);
        assignment(assignment, 1, "AssignmentPublished", due, "Your revenue model, on one page");
        assignment(assignment, 2, "AssignmentDueDateChanged", due.plus(1, ChronoUnit.DAYS),
                "Your revenue model, on one page");

        Response issued = given().auth().oauth2(camila.token()).contentType("application/json").body("{}")
                .post("/me/calendar-feed");
        issued.then().statusCode(201).body("active", equalTo(true)).body("path", startsWith("/calendar/"));
        String path = issued.path("path");
        assertThat(issued.header("Location")).endsWith(path);

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            String ics = fetch(path).asString();
            return ics.contains("SEQUENCE:1") && ics.contains("STATUS:CANCELLED")
                    && ics.contains("assignment-" + assignment) && unfold(ics).contains("SEQUENCE:1\r\nSTATUS:CONFIRMED\r\nSUMMARY:Due");
        });
        Response feed = fetch(path);
        feed.then().statusCode(200).contentType(startsWith("text/calendar"));
        String ics = feed.asString();
        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        Map<String, VEvent> byUid = calendar.<VEvent>getComponents("VEVENT").stream()
                .collect(Collectors.toMap(e -> value(e, "UID"), e -> e));

        VEvent rescheduled = byUid.get("webinar-" + moved + "@hlc.example.org");
        assertThat(value(rescheduled, "SUMMARY")).isEqualTo(TITLE);
        assertThat(value(rescheduled, "SEQUENCE")).isEqualTo("1");
        assertThat(value(rescheduled, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(rescheduled, "DTSTART")).isEqualTo(ICalendar.utc(newStart));
        assertThat(value(rescheduled, "DTEND")).isEqualTo(ICalendar.utc(newStart.plus(45, ChronoUnit.MINUTES)));
        assertThat(value(rescheduled, "URL")).isEqualTo("https://meet.example.org/moved?a=1;b=2");
        assertThat(value(rescheduled, "DESCRIPTION")).contains("Join: https://meet.example.org/moved?a=1;b=2",
                "(America/Bogota)");
        VEvent cancelled = byUid.get("webinar-" + dropped + "@hlc.example.org");
        assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(cancelled, "SEQUENCE")).isEqualTo("1");
        VEvent deadline = byUid.get("assignment-" + assignment + "@hlc.example.org");
        assertThat(value(deadline, "DTSTART")).isEqualTo(ICalendar.utc(due.plus(1, ChronoUnit.DAYS)));
        assertThat(value(deadline, "SEQUENCE")).isEqualTo("1");
        assertThat(value(deadline, "SUMMARY")).isEqualTo("Due: Your revenue model, on one page");
        assertThat(byUid).doesNotContainKey("webinar-" + other + "@hlc.example.org");
        // the host's own feed has what they host, but no learner deadlines
        String hostPath = given().auth().oauth2(host.token()).contentType("application/json").body("{}")
                .post("/me/calendar-feed").then().statusCode(201).extract().path("path");
        String hostIcs = fetch(hostPath).asString();
        assertThat(hostIcs).contains("webinar-" + other + "@hlc.example.org").doesNotContain("assignment-" + assignment);
        // stable: the same UIDs on the next fetch
        assertThat(fetch(path).asString().lines().filter(l -> l.startsWith("UID:")).toList())
                .isEqualTo(ics.lines().filter(l -> l.startsWith("UID:")).toList());
    }

    @Test
    void rotating_kills_the_old_address_and_revoking_kills_the_current_one() {
        Person amina = AudienceFixture.person(kafka, "Amina", "Africa/Nairobi", "participant");
        String first = issue(amina);
        fetch(first).then().statusCode(200);

        String second = issue(amina);
        assertThat(second).isNotEqualTo(first);
        fetch(first).then().statusCode(404).contentType("application/problem+json");
        fetch(second).then().statusCode(200);
        given().auth().oauth2(amina.token()).get("/me/calendar-feed").then().statusCode(200)
                .body("active", equalTo(true)).body("path", equalTo(null));

        given().auth().oauth2(amina.token()).delete("/me/calendar-feed").then().statusCode(204);
        given().auth().oauth2(amina.token()).delete("/me/calendar-feed").then().statusCode(204);
        fetch(second).then().statusCode(404);
        given().auth().oauth2(amina.token()).get("/me/calendar-feed").then().body("active", equalTo(false));
    }

    @Test
    void guessed_or_malformed_addresses_are_404_and_strangers_cannot_issue() {
        fetch("/calendar/nope.ics").then().statusCode(404).contentType("application/problem+json");
        fetch("/calendar/" + FeedTokens.issue(UUID.randomUUID()) + ".ics").then().statusCode(404);
        given().auth().oauth2(TestTokens.anyone("participant")).contentType("application/json").body("{}")
                .post("/me/calendar-feed").then().statusCode(422).body("rule", equalTo("person-unknown"));
        given().contentType("application/json").body("{}").post("/me/calendar-feed").then().statusCode(401);
    }

    private String issue(Person person) {
        return given().auth().oauth2(person.token()).contentType("application/json").body("{}")
                .post("/me/calendar-feed").then().statusCode(201).extract().path("path");
    }

    private static Response fetch(String path) {
        return given().get(path);
    }

    private String schedule(Person host, String title, Instant start, String joinUrl) {
        return given().auth().oauth2(organizer).contentType("application/json").body("""
                {"programmeId": "%s", "topic": "finance", "title": "%s", "hostId": "%s", "startsAt": "%s",
                 "durationMinutes": 60, "capacity": 20, "joinUrl": "%s"}"""
                .formatted(UUID.randomUUID(), title, host.id(), start, joinUrl))
                .post("/webinars").then().statusCode(201).extract().path("id");
    }

    private static void register(Person person, String webinar) {
        given().auth().oauth2(person.token()).contentType("application/json").body("{}")
                .post("/webinars/" + webinar + "/registration").then().statusCode(201);
    }

    private void assignment(UUID id, long version, String type, Instant due, String title) {
        KafkaEvents.publish(kafka, "hlc.learning.events", "assignment-" + id, version, "hlc.learning." + type, """
                {"assignmentId": "%s", "programmeId": "%s", "moduleId": "%s", "title": "%s", "dueAt": "%s"}"""
                .formatted(id, UUID.randomUUID(), UUID.randomUUID(), title, due));
    }

    private static String unfold(String ics) {
        return ics.replace("\r\n ", "");
    }

    private static String value(VEvent event, String name) {
        return event.<Property>getProperty(name).orElseThrow().getValue();
    }
}
