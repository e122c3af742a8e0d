package org.hlc.learning.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hlc.learning.LearningFixtures.ORGANIZER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.learning.LearningFixtures;
import org.hlc.platform.testing.ContractExamples;
import org.junit.jupiter.api.Test;

/** What webinar-service relies on: the assignment deadline events on hlc.learning.events match the contract. */
@QuarkusTest
class AssignmentEventsPublishedTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void published_and_moved_deadlines_reach_the_learning_topic_in_the_documented_shape() throws Exception {
        String id = LearningFixtures.assignment(Instant.parse("2030-03-06T17:00:00Z"));
        given().auth().oauth2(ORGANIZER).contentType("application/json").header("If-Match", "\"1\"")
                .body(Map.of("dueAt", "2030-03-07T17:00:00Z")).put("/assignments/" + id + "/due-date").then()
                .statusCode(200);

        List<ConsumerRecord<String, String>> records = find("assignment-" + id, 2, Duration.ofSeconds(30));

        assertThat(records).extracting(r -> header(r, "ce_type"))
                .containsExactly("hlc.learning.AssignmentPublished", "hlc.learning.AssignmentDueDateChanged");
        assertThat(records).extracting(r -> header(r, "hlc_stream_version")).containsExactly("1", "2");
        JsonNode published = JSON.readTree(records.get(0).value());
        JsonNode moved = JSON.readTree(records.get(1).value());
        assertThat(fields(published)).isEqualTo(fields(example("AssignmentPublished")));
        assertThat(fields(moved)).isEqualTo(fields(example("AssignmentDueDateChanged")));
        assertThat(published.get("assignmentId").asText()).isEqualTo(id);
        assertThat(published.get("dueAt").asText()).isEqualTo("2030-03-06T17:00:00Z");
        assertThat(moved.get("dueAt").asText()).isEqualTo("2030-03-07T17:00:00Z");
        assertThat(moved.get("title").asText()).isEqualTo("Your revenue model");
    }

    private static JsonNode example(String type) throws Exception {
        return JSON.readTree(ContractExamples.example("learning", type));
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private List<ConsumerRecord<String, String>> find(String key, int count, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("hlc.learning.events"));
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

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
