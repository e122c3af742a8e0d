package org.hlc.platform.feed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;

/** One committed event as a feed reader sees it; {@code payload} may be redacted by the feed's filter. */
public record FeedEvent(FeedPosition position, UUID eventId, String type, String streamId, String streamType,
        long streamVersion, Instant occurredAt, ObjectNode payload) {

    public FeedEvent withPayload(ObjectNode redacted) {
        return new FeedEvent(position, eventId, type, streamId, streamType, streamVersion, occurredAt, redacted);
    }
}
