package org.hlc.platform.http;

import java.util.UUID;

/** Ids in paths and bodies are parsed here so a malformed one is a 400 naming the parameter, not a 404 or 500. */
public final class Ids {
    private Ids() {
    }

    public static UUID uuid(String field, String value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        try {
            UUID id = UUID.fromString(value);
            if (!id.toString().equalsIgnoreCase(value)) {
                throw new IllegalArgumentException(value);
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be a UUID such as 3f2c1a9e-6b1d-4c57-9a41-0d2f7e5b8c13");
        }
    }
}
