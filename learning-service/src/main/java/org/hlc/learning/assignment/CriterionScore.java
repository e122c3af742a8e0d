package org.hlc.learning.assignment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record CriterionScore(@NotBlank @Size(max = 200) String criterion, @NotNull Integer score) {
}
