package org.hlc.platform.events;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a payload written at {@link #fromVersion()} as version {@code fromVersion() + 1}. Chained by the registry,
 * so a v1 payload reaches v3 through two upcasters. Implementations are CDI beans of the owning service.
 */
public interface Upcaster {
    /** Short event name, as in {@link EventType#value()}. */
    String eventType();

    int fromVersion();

    ObjectNode upcast(ObjectNode payload);
}
