package org.hlc.platform.http;

import jakarta.ws.rs.core.EntityTag;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ETag = stream version; If-Match = the version the client expects to update. */
public final class Versions {
    private static final Pattern TAG = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Parses If-Match; absent → empty; {@code *} → empty (any version); malformed → 400 naming the header. */
    public static Optional<Long> ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return Optional.empty();
        }
        Matcher matcher = TAG.matcher(header.trim());
        if (!matcher.matches()) {
            throw new InvalidInputException("If-Match", "must be an ETag returned by this API, e.g. \"3\"");
        }
        return Optional.of(Long.parseLong(matcher.group(1)));
    }

    /** Updates must say which version they change: a missing If-Match is 428 Precondition Required. */
    public static long requireIfMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(428, "if-match-required", "Precondition required",
                    "send If-Match with the ETag of the version you are changing");
        }
        return ifMatch(header).orElseThrow(() -> new InvalidInputException("If-Match",
                "must name one version, not *"));
    }
}
