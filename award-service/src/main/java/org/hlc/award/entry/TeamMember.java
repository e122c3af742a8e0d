package org.hlc.award.entry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record TeamMember(@NotBlank @Size(max = 120) String name, @Size(max = 120) String role) {
}
