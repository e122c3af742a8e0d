package org.hlc.award.support;

import java.util.Map;
import org.hlc.platform.http.ProblemException;

/** 429 that carries its Retry-After; mapped by {@link RateLimitProblemMapper}. */
public class TooManyRequestsException extends ProblemException {
    private final long retryAfterSeconds;

    public TooManyRequestsException(String limit, long retryAfterSeconds) {
        super(429, "rate-limited", "Too many requests", "the " + limit + " rate limit is exhausted; retry after "
                + retryAfterSeconds + " s", Map.of("limit", limit, "retryAfterSeconds", retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
