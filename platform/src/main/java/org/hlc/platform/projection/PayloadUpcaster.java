package org.hlc.platform.projection;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Brings a consumed payload of a given CloudEvents type and schema version to the shape this service reads. */
@FunctionalInterface
public interface PayloadUpcaster {
    PayloadUpcaster NONE = (type, schemaVersion, payload) -> payload;

    ObjectNode upcast(String type, int schemaVersion, ObjectNode payload);
}
