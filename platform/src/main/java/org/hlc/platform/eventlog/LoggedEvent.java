package org.hlc.platform.eventlog;

import java.time.Instant;
import java.util.UUID;
import org.hlc.platform.outbox.LogPosition;

/**
 * One row of the event log as its followers read it: in relay order, with its personal fields in clear (or null once
 * their subject is erased), the payload still as JSON text.
 */
public record LoggedEvent(
        long transactionId,
        long globalPosition,
        String streamId,
        String streamType,
        int version,
        String eventType,
        int schemaVersion,
        String payload,
        UUID eventId,
        UUID correlationId,
        UUID causationId,
        String actor,
        Instant occurredAt) {

    public LogPosition position(UUID logId) {
        return new LogPosition(logId, transactionId, globalPosition);
    }
}
