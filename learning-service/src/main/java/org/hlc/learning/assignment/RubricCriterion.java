package org.hlc.learning.assignment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One rubric line: reviewers score it from 0 to maxScore. */
public record RubricCriterion(@NotBlank @Size(max = 200) String criterion,
        @NotNull @Min(1) @Max(100) Integer maxScore) {
}
