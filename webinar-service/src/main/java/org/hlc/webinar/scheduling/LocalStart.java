package org.hlc.webinar.scheduling;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One person's view of a candidate: their local start and end, and whether both fall inside their window. */
public record LocalStart(UUID personId, String displayName, String timeZone, OffsetDateTime localStart,
        OffsetDateTime localEnd, boolean inside) {
}
