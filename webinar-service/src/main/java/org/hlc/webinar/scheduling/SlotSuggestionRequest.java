package org.hlc.webinar.scheduling;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hlc.platform.validation.IanaTimeZone;

@Schema(description = """
        Who, how long and when: candidates start every granularityMinutes from the first day's midnight to the end
        of the last day (days counted in rangeTimeZone). The audience is exactly one of audiencePersonIds,
        audienceGroupId (a coaching group) or audienceRole.""")
public record SlotSuggestionRequest(
        @NotNull UUID hostId,
        @Size(max = 500) List<@NotNull UUID> audiencePersonIds,
        @Schema(description = "A coaching group: its members known here") UUID audienceGroupId,
        @Schema(description = "Everyone known here with this role, e.g. participant")
        @Pattern(regexp = "organizer|coach|expert|participant|jury|voter",
                message = "must be one of organizer, coach, expert, participant, jury, voter") String audienceRole,
        @NotNull @Min(1) @Max(240) Integer durationMinutes,
        @NotNull @Schema(example = "2026-12-07") LocalDate from,
        @NotNull @Schema(example = "2026-12-16") LocalDate to,
        @IanaTimeZone @Schema(description = "Zone whose days bound the range; default UTC", example = "UTC")
        String rangeTimeZone,
        @Min(5) @Max(240) @Schema(description = "Minutes between candidate starts; default 30") Integer granularityMinutes,
        @Pattern(regexp = "SINGLE|SERIES", message = "must be SINGLE or SERIES")
        @Schema(description = "SINGLE ranks candidates; SERIES picks one per day, rotating who is outside")
        String mode,
        @Min(1) @Max(100) @Schema(description = "SINGLE: how many candidates; default 10") Integer limit) {

    static final int MAX_DAYS = 31;
}
