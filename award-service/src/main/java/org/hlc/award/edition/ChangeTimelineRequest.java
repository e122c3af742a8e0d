package org.hlc.award.edition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The whole new timeline and why it changes (recorded with who changed it)")
public record ChangeTimelineRequest(
        @NotEmpty @Size(max = 9) List<@Valid @NotNull PhaseRequest> phases,
        @NotBlank @Size(max = 500) String reason) {
}
