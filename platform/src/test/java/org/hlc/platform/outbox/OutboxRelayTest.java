package org.hlc.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hlc.platform.KafkaTestSupport;
import org.hlc.platform.TestEvents;
import org.hlc.platform.TestEvents.ThingHappened;
import org.hlc.platform.TestInfrastructure;
import org.hlc.platform.eventstore.AppendRequest;
import org.hlc.platform.eventstore.EventMetadata;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.eventstore.ExpectedVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {
    private static final String UNREACHABLE = "127.0.0.1:1";
    private final Pool pool = TestInfrastructure.pool();
    private final EventStore store = new EventStore(pool, TestInfrastructure.registry(TestEvents.all()),
            TestInfrastructure.MAPPER);

    @BeforeEach
    void clean() {
        TestInfrastructure.truncateAll();
    }

    @Test
    void delivers_every_event_after_kafka_was_unreachable_keeping_per_stream_order() throws Exception {
        String topic = KafkaTestSupport.uniqueTopic("relay-outage");
        appendToThreeStreams(5);

        OutboxRelay cutOff = relay(topic, UNREACHABLE, 4);
        assertThatThrownBy(cutOff::publishNextBatch).isNotNull();
        assertThat(checkpoint()).as("nothing is marked published while Kafka is away").isEqualTo(-1L);

        OutboxRelay restarted = relay(topic, TestInfrastructure.KAFKA, 4);
        int published = 0;
        int sent;
        while ((sent = restarted.publishNextBatch()) > 0) {
            published += sent;
        }

        List<ConsumerRecord<String, byte[]>> records = KafkaTestSupport.readAll(topic, 15, Duration.ofSeconds(20));
        assertThat(published).isEqualTo(15);
        assertThat(records).hasSize(15);
        Map<String, List<Integer>> versionsByStream = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            assertThat(KafkaTestSupport.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(record.key());
            versionsByStream.computeIfAbsent(record.key(), k -> new ArrayList<>())
                    .add(Integer.parseInt(KafkaTestSupport.header(record, CloudEventHeaders.STREAM_VERSION)));
        }
        assertThat(versionsByStream).hasSize(3);
        versionsByStream.values().forEach(versions -> assertThat(versions).containsExactly(1, 2, 3, 4, 5));
    }

    @Test
    void a_running_relay_sends_batch_after_batch_in_order_and_checkpoints_once_idle() throws Exception {
        String topic = KafkaTestSupport.uniqueTopic("relay-running");
        appendToThreeStreams(9);
        long last = pool.query("select max(global_position) from hlc_events").execute().await().indefinitely()
                .iterator().next().getLong(0);

        OutboxRelay relay = relay(topic, TestInfrastructure.KAFKA, 4); // 7 batches, each sent before the last is acked
        relay.start();
        try {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> relay.publishedCount() == 27 && checkpoint() == last);
        } finally {
            relay.stop();
        }

        List<ConsumerRecord<String, byte[]>> records = KafkaTestSupport.readAll(topic, 27, Duration.ofSeconds(20));
        assertThat(records).hasSize(27);
        Map<String, List<Integer>> versionsByStream = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            versionsByStream.computeIfAbsent(record.key(), k -> new ArrayList<>())
                    .add(Integer.parseInt(KafkaTestSupport.header(record, CloudEventHeaders.STREAM_VERSION)));
        }
        versionsByStream.values().forEach(versions -> assertThat(versions).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9));
    }

    @Test
    void publishes_with_cloudevents_headers_and_resumes_from_its_checkpoint_after_restart() throws Exception {
        String topic = KafkaTestSupport.uniqueTopic("relay-restart");
        String stream = "s-" + UUID.randomUUID();
        append(stream, 1);
        assertThat(relay(topic, TestInfrastructure.KAFKA, 100).publishNextBatch()).isEqualTo(1);
        append(stream, 2);

        OutboxRelay afterRestart = relay(topic, TestInfrastructure.KAFKA, 100);
        assertThat(afterRestart.publishNextBatch()).as("only the event appended since the checkpoint").isEqualTo(1);
        assertThat(afterRestart.publishNextBatch()).isZero();

        List<ConsumerRecord<String, byte[]>> records = KafkaTestSupport.readAll(topic, 2, Duration.ofSeconds(20));
        assertThat(records).hasSize(2);
        ConsumerRecord<String, byte[]> first = records.get(0);
        assertThat(KafkaTestSupport.header(first, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(KafkaTestSupport.header(first, CloudEventHeaders.TYPE)).isEqualTo("hlc.test.ThingHappened");
        assertThat(KafkaTestSupport.header(first, CloudEventHeaders.SOURCE)).isEqualTo("/hlc/test-service");
        assertThat(KafkaTestSupport.header(first, CloudEventHeaders.SCHEMA_VERSION)).isEqualTo("1");
        assertThat(UUID.fromString(KafkaTestSupport.header(first, CloudEventHeaders.ID))).isNotNull();
        assertThat(KafkaTestSupport.header(first, CloudEventHeaders.TIME)).endsWith("Z");
        assertThat(TestInfrastructure.MAPPER.readTree(first.value()).path("thing").asText()).isEqualTo(stream);
        LogPosition firstPosition = LogPosition.parse(KafkaTestSupport.header(first, CloudEventHeaders.LOG_POSITION));
        LogPosition secondPosition = LogPosition.parse(
                KafkaTestSupport.header(records.get(1), CloudEventHeaders.LOG_POSITION));
        assertThat(firstPosition.logId()).as("one log").isEqualTo(secondPosition.logId());
        assertThat(secondPosition.isAfter(firstPosition)).isTrue();
    }

    @Test
    void does_not_skip_an_event_whose_transaction_commits_after_a_later_one() throws Exception {
        String topic = KafkaTestSupport.uniqueTopic("relay-late-commit");
        String slow = "slow-" + UUID.randomUUID();
        String fast = "fast-" + UUID.randomUUID();
        OutboxRelay relay = relay(topic, TestInfrastructure.KAFKA, 100);
        var connection = pool.getConnection().await().indefinitely();
        var transaction = connection.begin().await().indefinitely();
        try {
            store.appendIn(connection, List.of(new AppendRequest(slow, "thing", ExpectedVersion.noStream(),
                    List.of(new ThingHappened(slow, 1)))), EventMetadata.system("test")).await().indefinitely();
            append(fast, 1);

            assertThat(relay.publishNextBatch()).as("held back behind the open transaction").isZero();
            transaction.commit().await().indefinitely();
        } finally {
            connection.close().await().indefinitely();
        }

        assertThat(relay.publishNextBatch()).isEqualTo(2);
        List<ConsumerRecord<String, byte[]>> records = KafkaTestSupport.readAll(topic, 2, Duration.ofSeconds(20));
        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(slow, fast);
    }

    @Test
    void stamps_each_record_with_its_event_time_and_measures_the_delay_to_the_acknowledgement() throws Exception {
        String topic = KafkaTestSupport.uniqueTopic("relay-time");
        appendToThreeStreams(1);
        pool.query("update hlc_events set occurred_at = occurred_at - interval '2 seconds'").execute()
                .await().indefinitely();
        Map<String, Long> occurredAt = new HashMap<>();
        pool.query("select stream_id, occurred_at from hlc_events").execute().await().indefinitely()
                .forEach(row -> occurredAt.put(row.getString("stream_id"),
                        row.getOffsetDateTime("occurred_at").toInstant().toEpochMilli()));
        Timer delay = new SimpleMeterRegistry().timer("delay");

        OutboxRelay relay = new OutboxRelay(pool, new RelaySettings("test", topic, "/hlc/test-service",
                TestInfrastructure.KAFKA, 10, Duration.ofMillis(10), Duration.ofMillis(100), Duration.ofSeconds(3)),
                delay);
        assertThat(relay.publishNextBatch()).isEqualTo(3);

        List<ConsumerRecord<String, byte[]>> records = KafkaTestSupport.readAll(topic, 3, Duration.ofSeconds(20));
        records.forEach(record -> assertThat(record.timestamp()).isEqualTo(occurredAt.get(record.key())));
        assertThat(delay.count()).isEqualTo(3);
        assertThat(delay.max(TimeUnit.MILLISECONDS)).as("the events happened 2 s before they were relayed")
                .isBetween(2_000.0, 60_000.0);
    }

    private OutboxRelay relay(String topic, String bootstrap, int batchSize) {
        return new OutboxRelay(pool, new RelaySettings("test", topic, "/hlc/test-service", bootstrap, batchSize,
                Duration.ofMillis(10), Duration.ofMillis(100), Duration.ofSeconds(3)));
    }

    /** Versions 1..n of three new streams, interleaved. */
    private void appendToThreeStreams(int versions) {
        List<String> streams = List.of("s-" + UUID.randomUUID(), "s-" + UUID.randomUUID(), "s-" + UUID.randomUUID());
        for (int version = 1; version <= versions; version++) {
            for (String stream : streams) {
                append(stream, version);
            }
        }
    }

    private void append(String stream, int version) {
        store.append(new AppendRequest(stream, "thing", ExpectedVersion.exactly(version - 1),
                List.of(new ThingHappened(stream, version))), EventMetadata.system("test")).await().indefinitely();
    }

    private long checkpoint() {
        var rows = pool.query("select last_position from hlc_outbox_checkpoint where relay = 'test'").execute()
                .await().indefinitely();
        return rows.iterator().hasNext() ? rows.iterator().next().getLong(0) : -1L;
    }
}
