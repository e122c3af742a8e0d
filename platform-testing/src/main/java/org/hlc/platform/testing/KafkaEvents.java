package org.hlc.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes a recorded contract event the way a producing service's relay does (CloudEvents binary mode), for
 * consumer-side contract tests of services whose producer is not running in the test.
 */
public final class KafkaEvents {
    private KafkaEvents() {
    }

    public static UUID publish(String bootstrap, String topic, String streamId, long streamVersion, String type,
            String payloadJson) {
        return publish(bootstrap, topic, streamId, streamVersion, type, payloadJson, UUID.randomUUID());
    }

    /** Publishes with a chosen event id: publishing the same id twice simulates a redelivery. */
    public static UUID publish(String bootstrap, String topic, String streamId, long streamVersion, String type,
            String payloadJson, UUID eventId) {
        return publish(bootstrap, topic, streamId, streamVersion, type, payloadJson, eventId, null);
    }

    /**
     * Publishes with a chosen event id and relay log position ({@code <log id>:<transaction id>:<global position>},
     * header {@code hlc_log_position}): what the relay sends again when it retries a batch.
     */
    public static UUID publish(String bootstrap, String topic, String streamId, long streamVersion, String type,
            String payloadJson, UUID eventId, String logPosition) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, streamId, payloadJson);
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", eventId.toString());
            header(record, "ce_type", type);
            header(record, "ce_source", "/hlc/test");
            header(record, "ce_subject", streamId);
            header(record, "ce_time", Instant.now().toString());
            header(record, "hlc_schema_version", "1");
            header(record, "hlc_stream_version", Long.toString(streamVersion));
            if (logPosition != null) {
                header(record, "hlc_log_position", logPosition);
            }
            producer.send(record).get();
            return eventId;
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish test event to " + topic, e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
