package org.hlc.award.revision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A later revised-proposal deadline for one semi-finalist entry, and why")
public record ExtensionRequest(
        @NotNull @Schema(example = "2026-12-19T23:59:59Z") Instant deadline,
        @NotBlank @Size(max = 1000) String reason) {
}
