package org.hlc.webinar.webinar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.platform.testing.TestTokens;
import org.hlc.webinar.support.AudienceFixture;
import org.hlc.webinar.support.AudienceFixture.Person;
import org.junit.jupiter.api.Test;

/** Attendance through the API, and the events learning-service consumes arriving on hlc.webinar.events. */
@QuarkusTest
class AttendanceTest {
    private final String organizer = TestTokens.anyone("organizer");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void the_host_records_attendance_and_learning_gets_webinar_scheduled_and_attendance_recorded() {
        Person host = AudienceFixture.person(kafka, "Host", "Asia/Kathmandu", "expert");
        Person amina = AudienceFixture.person(kafka, "Amina", "Africa/Nairobi", "participant");
        Person rami = AudienceFixture.person(kafka, "Rami", "Asia/Beirut", "participant");
        Instant start = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        String id = WebinarResourceTest.schedule(organizer, WebinarResourceTest.body(UUID.randomUUID(), host.id(),
                start, 1, 10, "https://meet.example.org/live")).then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(20)).until(() -> Instant.now().isAfter(start.plusMillis(200)));

        record(host.token(), id, amina, start, start.plusSeconds(60)).then().statusCode(201)
                .body("attended", equalTo(true)).body("presentMinutes", equalTo(1))
                .body("requiredMinutes", equalTo(1));
        record(organizer, id, rami, start.minusSeconds(600), start.plusSeconds(20)).then().statusCode(201)
                .body("attended", equalTo(false)).body("presentMinutes", equalTo(0));
        record(amina.token(), id, rami, start, start.plusSeconds(60)).then().statusCode(403)
                .contentType("application/problem+json");

        List<ConsumerRecord<String, String>> events = read("webinar-" + id, 3, Duration.ofSeconds(30));
        assertThat(events).extracting(r -> header(r, "ce_type")).containsExactly("hlc.webinar.WebinarScheduled",
                "hlc.webinar.AttendanceRecorded", "hlc.webinar.AttendanceRecorded");
        JsonNode scheduled = json(events.get(0));
        assertThat(scheduled.path("durationMinutes").asInt()).isEqualTo(1);
        assertThat(scheduled.path("startsAt").asText()).isEqualTo(start.toString());
        assertThat(scheduled.hasNonNull("programmeId") && scheduled.hasNonNull("topic")).isTrue();
        JsonNode attendance = json(events.get(1));
        assertThat(attendance.path("personId").asText()).isEqualTo(amina.id().toString());
        assertThat(attendance.path("subject").asText()).isEqualTo(amina.subject());
        assertThat(attendance.path("attended").asBoolean()).isTrue();
        assertThat(json(events.get(2)).path("attended").asBoolean()).isFalse();
        assertThat(header(events.get(1), "ce_source")).isEqualTo("/hlc/webinar-service");
    }

    @Test
    void attendance_before_the_start_and_bad_intervals_are_refused() {
        Person host = AudienceFixture.person(kafka, "Host", "Asia/Kolkata", "expert");
        Person amina = AudienceFixture.person(kafka, "Amina", "Africa/Nairobi", "participant");
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String id = WebinarResourceTest.schedule(organizer, WebinarResourceTest.body(UUID.randomUUID(), host.id(),
                start, 60, 10, "https://meet.example.org/later")).then().statusCode(201).extract().path("id");

        record(organizer, id, amina, start, start.plusSeconds(60)).then().statusCode(422)
                .body("rule", equalTo("webinar-not-started"));
        given().auth().oauth2(organizer).contentType("application/json")
                .body("{\"personId\": \"" + amina.id() + "\", \"intervals\": []}")
                .post("/webinars/" + id + "/attendance").then().statusCode(400)
                .body("'invalid-params'.name", hasItem("intervals"));
        record(organizer, id, new Person(UUID.randomUUID(), "x", "x"), start, start).then().statusCode(422)
                .body("rule", equalTo("person-unknown"));
    }

    private static io.restassured.response.Response record(String token, String webinarId, Person person,
            Instant joined, Instant left) {
        return given().auth().oauth2(token).contentType("application/json").body("""
                {"personId": "%s", "intervals": [{"joinedAt": "%s", "leftAt": "%s"}]}"""
                .formatted(person.id(), joined, left)).post("/webinars/" + webinarId + "/attendance");
    }

    private List<ConsumerRecord<String, String>> read(String key, int count, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("hlc.webinar.events"));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && found.size() < count) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    private static JsonNode json(ConsumerRecord<String, String> record) {
        try {
            return new ObjectMapper().readTree(record.value());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + record.value(), e);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
