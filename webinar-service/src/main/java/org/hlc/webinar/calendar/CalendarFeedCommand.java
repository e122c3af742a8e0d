package org.hlc.webinar.calendar;

import java.time.Instant;
import java.util.UUID;

public sealed interface CalendarFeedCommand {

    /** Issue (or rotate to) the address whose token hashes to {@code tokenSha256}. */
    record Issue(UUID personId, String tokenSha256, Instant now) implements CalendarFeedCommand {
    }

    record Revoke(UUID personId, Instant now) implements CalendarFeedCommand {
    }
}
