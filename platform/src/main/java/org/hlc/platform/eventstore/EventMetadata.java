package org.hlc.platform.eventstore;

import java.util.UUID;

/** Who caused an append and in which conversation; copied into every event of that append. */
public record EventMetadata(UUID correlationId, UUID causationId, String actor) {

    public static EventMetadata system(String actor) {
        return new EventMetadata(UUID.randomUUID(), null, actor);
    }

    /** Metadata for events caused by another event (e.g. a projection or process reacting to it). */
    public EventMetadata causedBy(UUID eventId) {
        return new EventMetadata(correlationId, eventId, actor);
    }
}
