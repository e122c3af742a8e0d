package org.hlc.platform.http;

public class AccessDeniedException extends ProblemException {
    public AccessDeniedException(String detail) {
        super(403, "forbidden", "Forbidden", detail);
    }
}
