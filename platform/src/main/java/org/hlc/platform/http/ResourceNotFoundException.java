package org.hlc.platform.http;

import java.util.Map;

public class ResourceNotFoundException extends ProblemException {
    public ResourceNotFoundException(String kind, String id) {
        super(404, "not-found", kind + " not found", "no " + kind + " with id " + id,
                Map.of("resource", kind, "id", id));
    }
}
