package org.hlc.webinar.webinar;

import org.hlc.platform.validation.HttpUrl;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A webinar for a whole programme, or for one coaching group of it when groupId is given")
public record ScheduleWebinarRequest(
        @NotNull UUID programmeId,
        @Schema(description = "Coaching group the webinar is for; absent = the whole programme") UUID groupId,
        @NotBlank @Size(max = 80) @Schema(example = "impact-measurement") String topic,
        @NotBlank @Size(max = 200) String title,
        @NotNull @Schema(description = "An expert known to webinar-service") UUID hostId,
        @NotNull @Schema(example = "2026-12-07T13:00:00Z") OffsetDateTime startsAt,
        @NotNull @Min(1) @Max(WebinarDecider.MAX_DURATION_MINUTES) Integer durationMinutes,
        @NotNull @Min(1) @Max(10000) Integer capacity,
        @NotNull @Size(max = 2000) @HttpUrl String joinUrl,
        @Schema(description = "Queue people when full (default true); false: a full webinar refuses with 422 "
                + "webinar-full") Boolean waitlist) {
}
