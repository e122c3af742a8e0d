package org.hlc.webinar.webinar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CancelWebinarRequest(@NotBlank @Size(max = 500) String reason) {
}
