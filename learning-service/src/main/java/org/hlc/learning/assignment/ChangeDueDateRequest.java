package org.hlc.learning.assignment;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

public record ChangeDueDateRequest(@NotNull Instant dueAt) {
}
