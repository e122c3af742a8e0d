package org.hlc.platform.http;

import java.util.Map;

/** The client's If-Match names a version the resource has moved past. */
public class PreconditionFailedException extends ProblemException {
    public PreconditionFailedException(String streamId, long expected, long actual) {
        super(412, "stale-if-match", "Precondition failed",
                "If-Match names version " + expected + " but the resource is at version " + actual,
                Map.of("expectedVersion", expected, "currentVersion", actual));
    }
}
