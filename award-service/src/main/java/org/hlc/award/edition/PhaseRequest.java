package org.hlc.award.edition;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One phase window; opensAt inclusive, closesAt exclusive, ISO-8601 instants with offset")
public record PhaseRequest(
        @NotNull @Schema(example = "PUBLIC_VOTING") Phase phase,
        @NotNull @Schema(example = "2026-11-20T00:00:00Z") Instant opensAt,
        @NotNull @Schema(example = "2026-12-01T00:00:00Z") Instant closesAt) {
}
