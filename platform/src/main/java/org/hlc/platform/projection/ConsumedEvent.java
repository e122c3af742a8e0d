package org.hlc.platform.projection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;

/**
 * An event read from a Kafka topic, with its CloudEvents headers decoded and its payload upcast. Consumers read the
 * fields they need from {@link #payload()} (tolerant reader): they never share the producer's classes.
 */
public record ConsumedEvent(
        UUID eventId,
        String type,
        String streamId,
        long streamVersion,
        int schemaVersion,
        Instant occurredAt,
        UUID correlationId,
        String actor,
        ObjectNode payload,
        String topic,
        int partition,
        long offset) {

    /** True when the CloudEvents type is {@code <anything>.<shortName>}, e.g. {@code is("PersonRegistered")}. */
    public boolean is(String shortName) {
        return type.endsWith("." + shortName);
    }

    public String text(String field) {
        var node = payload.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
