package org.hlc.participants.person;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonEventsPublishedTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void a_registration_reaches_the_participants_topic_as_a_cloudevent_keyed_by_stream() {
        String id = given().auth().oauth2(TestTokens.anyone("organizer")).contentType("application/json")
                .body(PersonResourceTest.person(UUID.randomUUID().toString(), "Asia/Kolkata", "IN"))
                .post("/participants").then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = find("person-" + id, Duration.ofSeconds(30));

        assertThat(record).as("PersonRegistered for " + id + " on hlc.participants.events").isNotNull();
        assertThat(header(record, "ce_type")).isEqualTo("hlc.participants.PersonRegistered");
        assertThat(header(record, "ce_source")).isEqualTo("/hlc/participants-service");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "hlc_stream_version")).isEqualTo("1");
        assertThat(header(record, "hlc_schema_version")).isEqualTo("1");
        assertThat(record.value()).contains("Asia/Kolkata");
    }

    private ConsumerRecord<String, String> find(String key, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("hlc.participants.events"));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        return null;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
