package org.hlc.learning.blog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hlc.learning.support.Limits;

public record ReflectionRequest(@NotBlank @Size(max = Limits.MAX_TEXT) String markdown) {
}
