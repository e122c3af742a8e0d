package org.hlc.learning.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AddModuleRequest(
        @NotNull Integer week,
        @NotNull @Pattern(regexp = Topics.PATTERN, message = Topics.MESSAGE)
        @Schema(example = "finance-and-revenue-models") String topic,
        @NotBlank @Size(max = 200) String title) {
}
