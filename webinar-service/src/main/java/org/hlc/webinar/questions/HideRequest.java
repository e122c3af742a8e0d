package org.hlc.webinar.questions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record HideRequest(@NotBlank @Size(max = 500) String reason) {
}
