package org.hlc.platform.eventstore;

import java.time.Instant;
import java.util.UUID;

/** One event as stored, already upcast to the current schema and decoded into its domain type. */
public record RecordedEvent(
        long globalPosition,
        String streamId,
        String streamType,
        long version,
        String eventType,
        int schemaVersion,
        Object event,
        UUID eventId,
        UUID correlationId,
        UUID causationId,
        String actor,
        Instant occurredAt) {

    @SuppressWarnings("unchecked")
    public <E> E as(Class<E> type) {
        return (E) event;
    }
}
