package org.hlc.webinar.calendar;

import java.time.Instant;
import java.util.UUID;
import org.hlc.platform.events.EventType;

/**
 * A person's private calendar feed address, on stream calendar-feed-{personId}. Only the SHA-256 of the secret token
 * is recorded: the address itself is shown once, to its owner, when issued.
 */
public sealed interface CalendarFeedEvent {
    UUID personId();

    /** A new address was issued; any earlier one stops working. */
    @EventType("CalendarFeedIssued")
    record CalendarFeedIssued(UUID personId, String tokenSha256, Instant issuedAt) implements CalendarFeedEvent {
    }

    @EventType("CalendarFeedRevoked")
    record CalendarFeedRevoked(UUID personId, Instant revokedAt) implements CalendarFeedEvent {
    }
}
