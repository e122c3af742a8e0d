package org.hlc.platform.eventstore;

import java.util.List;
import java.util.Objects;

/** Events for one stream, to be appended atomically, given what the writer expects the stream to be. */
public record AppendRequest(String streamId, String streamType, ExpectedVersion expected, List<?> events) {
    public AppendRequest {
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(streamType, "streamType");
        Objects.requireNonNull(expected, "expected");
        if (events == null || events.isEmpty()) {
            throw new IllegalArgumentException("an append needs at least one event");
        }
        events = List.copyOf(events);
    }
}
