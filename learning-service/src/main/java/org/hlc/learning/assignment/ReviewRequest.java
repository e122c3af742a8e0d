package org.hlc.learning.assignment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hlc.learning.support.Limits;

public record ReviewRequest(
        @NotNull @Size(max = 20) List<@Valid @NotNull CriterionScore> scores,
        @NotBlank @Size(max = Limits.MAX_TEXT) String comment) {
}
