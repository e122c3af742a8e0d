package org.hlc.learning.blog;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

public record ReactionRequest(
        @NotNull @Pattern(regexp = "like|insightful|support", message = "must be like, insightful or support")
        String reaction) {
}
