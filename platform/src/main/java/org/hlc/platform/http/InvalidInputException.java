package org.hlc.platform.http;

import java.util.List;
import java.util.Map;

/** 400 with the list of invalid fields, for checks that bean validation cannot express. */
public class InvalidInputException extends ProblemException {
    public InvalidInputException(List<InvalidParam> params) {
        super(400, "validation", "Invalid request", describe(params), Map.of("invalid-params", List.copyOf(params)));
    }

    public InvalidInputException(String field, String reason) {
        this(List.of(new InvalidParam(field, reason)));
    }

    static String describe(List<InvalidParam> params) {
        StringBuilder detail = new StringBuilder();
        for (InvalidParam param : params) {
            if (!detail.isEmpty()) {
                detail.append("; ");
            }
            detail.append(param.name()).append(": ").append(param.reason());
        }
        return detail.toString();
    }
}
