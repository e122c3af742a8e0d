package org.hlc.platform.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.mutiny.sqlclient.Pool;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hlc.platform.KafkaTestSupport;
import org.hlc.platform.TestInfrastructure;
import org.hlc.platform.outbox.CloudEventHeaders;
import org.hlc.platform.outbox.LogPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KafkaProjectionRunnerTest {
    private final Pool pool = TestInfrastructure.pool();
    private final String topic = KafkaTestSupport.uniqueTopic("projection");
    private KafkaProjectionRunner runner;
    private final Timer freshness = new SimpleMeterRegistry().timer("freshness");

    @BeforeEach
    void clean() {
        TestInfrastructure.truncateAll();
    }

    @AfterEach
    void stop() {
        if (runner != null) {
            runner.stop();
        }
    }

    @Test
    void a_redelivered_event_does_not_change_the_read_model() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        publish("stream-a", 1, first);
        publish("stream-a", 2, second);
        publish("stream-a", 2, second); // the relay retried a batch: same event id at a new offset
        runner = start();
        await().atMost(Duration.ofSeconds(30)).until(() -> runner.status().applied() == 2 && runner.lag() == 0);

        runner.stop();
        pool.query("delete from hlc_projection_offsets").execute().await().indefinitely(); // forget the offsets
        runner = start(); // everything is delivered again from offset 0
        await().atMost(Duration.ofSeconds(30)).until(() -> runner.status().skippedDuplicates() >= 3);

        assertThat(tally()).containsExactly(Map.entry("stream-a", List.of(1, 2)));
    }

    @Test
    void a_relay_retry_copy_is_recognised_by_its_log_position_without_a_row_per_event() {
        UUID log = UUID.randomUUID();
        publish("stream-c", 1, UUID.randomUUID(), new LogPosition(log, 500, 10));
        UUID second = UUID.randomUUID();
        publish("stream-c", 2, second, new LogPosition(log, 501, 3)); // a later transaction, lower position
        publish("stream-c", 2, second, new LogPosition(log, 501, 3)); // the relay sent its batch again
        // the service's log was created again from scratch: its positions start low, under a new log id
        publish("stream-c", 3, UUID.randomUUID(), new LogPosition(UUID.randomUUID(), 2, 1));
        runner = start();
        await().atMost(Duration.ofSeconds(30)).until(() -> runner.status().applied() == 3 && runner.lag() == 0);
        assertThat(runner.status().skippedDuplicates()).isEqualTo(1);
        assertThat(pool.query("select count(*) from hlc_projection_applied").execute().await().indefinitely()
                .iterator().next().getLong(0)).as("no row per event").isZero();

        runner.stop();
        pool.query("delete from hlc_projection_offsets").execute().await().indefinitely(); // forget the offsets
        runner = start(); // everything is delivered again from offset 0, and skipped by the stored positions
        await().atMost(Duration.ofSeconds(30)).until(() -> runner.status().skippedDuplicates() == 4);

        assertThat(tally()).containsExactly(Map.entry("stream-c", List.of(1, 2, 3)));
    }

    @Test
    void rebuild_resets_the_read_model_and_replays_to_the_same_result() {
        for (int version = 1; version <= 40; version++) {
            publish("stream-b", version, UUID.randomUUID());
        }
        runner = start();
        await().atMost(Duration.ofSeconds(30)).until(() -> tally().getOrDefault("stream-b", List.of()).size() == 40);
        long appliedBefore = runner.status().applied();

        runner.requestRebuild();
        await().atMost(Duration.ofSeconds(30)).until(() -> runner.status().applied() == appliedBefore + 40);

        assertThat(tally()).containsExactly(Map.entry("stream-b",
                java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList()));
        assertThat(runner.status().state()).isEqualTo("running");
    }

    @Test
    void a_paused_projection_applies_nothing_until_resumed_and_reports_its_lag() {
        publish("stream-p", 1, UUID.randomUUID());
        runner = start();
        await().atMost(Duration.ofSeconds(30)).until(() -> runner.status().applied() == 1 && runner.lag() == 0);

        runner.pause();
        await().atMost(Duration.ofSeconds(30)).until(() -> runner.status().state().equals("paused"));
        publish("stream-p", 2, UUID.randomUUID());
        publish("stream-p", 3, UUID.randomUUID());
        await().atMost(Duration.ofSeconds(30)).until(() -> runner.lag() == 2);
        assertThat(tally()).containsExactly(Map.entry("stream-p", List.of(1)));

        runner.resume();
        await().atMost(Duration.ofSeconds(30)).until(() -> runner.status().applied() == 3 && runner.lag() == 0);
        assertThat(tally()).containsExactly(Map.entry("stream-p", List.of(1, 2, 3)));
        assertThat(runner.status().state()).isEqualTo("running");
    }

    @Test
    void measures_how_long_after_its_occurrence_each_event_was_applied() {
        publish("stream-f", 1, UUID.randomUUID(), null, System.currentTimeMillis() - 3_000);
        publish("stream-f", 2, UUID.randomUUID(), null, System.currentTimeMillis());
        runner = start();

        await().atMost(Duration.ofSeconds(30)).until(() -> runner.status().applied() == 2);

        await().atMost(Duration.ofSeconds(5)).until(() -> freshness.count() == 2);
        assertThat(freshness.max(TimeUnit.MILLISECONDS)).as("the event that happened 3 s before it was published")
                .isBetween(3_000.0, 60_000.0);
        assertThat(freshness.totalTime(TimeUnit.MILLISECONDS)).isLessThan(2 * 60_000.0);
    }

    private KafkaProjectionRunner start() {
        KafkaProjectionRunner started = new KafkaProjectionRunner(pool, new TallyProjection(topic),
                new ProjectionSettings(TestInfrastructure.KAFKA, "test", Duration.ofMillis(50), 100),
                TestInfrastructure.MAPPER, PayloadUpcaster.NONE, freshness);
        started.start();
        return started;
    }

    private Map<String, List<Integer>> tally() {
        Map<String, List<Integer>> tally = new TreeMap<>();
        pool.query("select stream_id, versions from test_tally").execute().await().indefinitely()
                .forEach(row -> tally.put(row.getString("stream_id"), Arrays.asList(row.getArrayOfIntegers(
                        "versions"))));
        return tally;
    }

    private void publish(String stream, int version, UUID eventId) {
        publish(stream, version, eventId, null);
    }

    private void publish(String stream, int version, UUID eventId, LogPosition position) {
        publish(stream, version, eventId, position, System.currentTimeMillis());
    }

    private void publish(String stream, int version, UUID eventId, LogPosition position, long occurredAtMillis) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.KAFKA);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, occurredAtMillis, stream,
                    ("{\"n\":" + version + "}").getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.ID, eventId.toString().getBytes(StandardCharsets.UTF_8))
                    .add(CloudEventHeaders.TYPE, "hlc.test.ThingHappened".getBytes(StandardCharsets.UTF_8))
                    .add(CloudEventHeaders.SUBJECT, stream.getBytes(StandardCharsets.UTF_8))
                    .add(CloudEventHeaders.STREAM_VERSION, String.valueOf(version).getBytes(StandardCharsets.UTF_8));
            if (position != null) {
                record.headers().add(CloudEventHeaders.LOG_POSITION,
                        position.header().getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
