package org.hlc.award.edition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new award edition with its categories, timeline and rules")
public record CreateEditionRequest(
        @NotBlank @Size(max = 120) String name,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 60) String> categories,
        @NotEmpty @Size(max = 9) List<@Valid @NotNull PhaseRequest> phases,
        @Valid RulesRequest rules) {
}
