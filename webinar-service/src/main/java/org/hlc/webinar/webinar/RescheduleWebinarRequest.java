package org.hlc.webinar.webinar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

public record RescheduleWebinarRequest(
        @NotNull OffsetDateTime startsAt,
        @NotNull @Min(1) @Max(WebinarDecider.MAX_DURATION_MINUTES) Integer durationMinutes) {
}
