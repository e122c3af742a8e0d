package org.hlc.learning.assignment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hlc.learning.support.Limits;

public record FeedbackRequest(@NotBlank @Size(max = Limits.MAX_TEXT) String comment) {
}
