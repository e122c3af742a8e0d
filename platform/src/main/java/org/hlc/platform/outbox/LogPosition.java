package org.hlc.platform.outbox;

import java.util.UUID;

/**
 * Where an event sits in the relay order of the event log it came from: the log's identity, then (transaction id,
 * global position), the order in which the relay publishes. Within one Kafka partition the positions of one log only
 * grow, except when the relay sends a batch again after a failure; so an event whose position is not after the last
 * one applied from that log is a duplicate. Header value: {@code <log id>:<transaction id>:<global position>}.
 */
public record LogPosition(UUID logId, long transactionId, long globalPosition) {

    public String header() {
        return logId + ":" + transactionId + ":" + globalPosition;
    }

    /** The position in a header value, or null when the value is absent or not a position. */
    public static LogPosition parse(String value) {
        if (value == null) {
            return null;
        }
        int first = value.indexOf(':');
        int second = value.indexOf(':', first + 1);
        if (first < 0 || second < 0) {
            return null;
        }
        try {
            return new LogPosition(UUID.fromString(value.substring(0, first)),
                    Long.parseLong(value, first + 1, second, 10), Long.parseLong(value, second + 1, value.length(), 10));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** True when this event comes after {@code other}, a position in the same log, in relay order. */
    public boolean isAfter(LogPosition other) {
        if (!logId.equals(other.logId)) {
            throw new IllegalArgumentException("positions of different logs are not ordered");
        }
        return transactionId != other.transactionId ? transactionId > other.transactionId
                : globalPosition > other.globalPosition;
    }
}
