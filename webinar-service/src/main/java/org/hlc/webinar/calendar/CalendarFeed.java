package org.hlc.webinar.calendar;

import java.time.Instant;
import java.util.UUID;

/** The feed's state: {@code tokenSha256} null = no working address (never issued, or revoked). */
public record CalendarFeed(UUID personId, String tokenSha256, Instant issuedAt) {
    public static final CalendarFeed NONE = new CalendarFeed(null, null, null);

    public boolean active() {
        return tokenSha256 != null;
    }
}
