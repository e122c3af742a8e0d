package org.hlc.platform.http;

import java.util.Map;

public class ConflictException extends ProblemException {
    public ConflictException(String type, String detail, Map<String, Object> extensions) {
        super(409, type, "Conflict", detail, extensions);
    }

    public ConflictException(String type, String detail) {
        this(type, detail, Map.of());
    }
}
