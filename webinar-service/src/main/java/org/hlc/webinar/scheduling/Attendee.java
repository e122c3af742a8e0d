package org.hlc.webinar.scheduling;

import java.time.ZoneId;
import java.util.UUID;

/** Someone whose convenience counts: the host or an audience member, with their zone and availability. */
public record Attendee(UUID personId, String displayName, ZoneId zone, WeeklyAvailability availability) {
}
