package org.hlc.platform.projection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;

/**
 * An event read from a Kafka topic (its CloudEvents headers decoded) or from the service's own event log, its payload
 * upcast. When it happened is {@link #occurredAt()}: {@code time} as read from the log, or else {@code timeText}, the
 * ISO-8601 text of {@code ce_time}, parsed only when asked. Consumers read the fields they need from
 * {@link #payload()} (tolerant reader): they never share the producer's classes.
 */
public record ConsumedEvent(
        UUID eventId,
        String type,
        String streamId,
        long streamVersion,
        int schemaVersion,
        Instant time,
        String timeText,
        UUID correlationId,
        String actor,
        ObjectNode payload,
        String topic,
        int partition,
        long offset) {

    /** When the event happened; {@code ce_time} is parsed on demand, as most projections never read it. */
    public Instant occurredAt() {
        return time != null ? time : Instant.parse(timeText);
    }

    /** True when the CloudEvents type is {@code <anything>.<shortName>}, e.g. {@code is("PersonRegistered")}. */
    public boolean is(String shortName) {
        return type.endsWith("." + shortName);
    }

    public String text(String field) {
        var node = payload.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    /**
     * A required text that may legitimately be null: a personal field of an event relayed after its subject was
     * erased (the PersonErased that follows removes the row anyway).
     */
    public String personal(String field) {
        String value = text(field);
        return value == null ? "(erased)" : value;
    }

    public UUID uuid(String field) {
        String value = text(field);
        return value == null ? null : UUID.fromString(value);
    }

    /** A JSON array of strings as a Java array (what the PostgreSQL client binds to text[]); empty if absent. */
    public String[] texts(String field) {
        var node = payload.get(field);
        if (node == null || !node.isArray()) {
            return new String[0];
        }
        String[] values = new String[node.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = node.get(i).asText();
        }
        return values;
    }
}
