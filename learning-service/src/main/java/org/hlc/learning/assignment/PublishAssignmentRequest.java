package org.hlc.learning.assignment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hlc.learning.support.Limits;

public record PublishAssignmentRequest(
        @NotNull UUID programmeId,
        @NotNull UUID moduleId,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = Limits.MAX_TEXT) @Schema(description = "Markdown") String instructions,
        @NotNull Instant dueAt,
        @Schema(description = "Optional; peer reviewers score each criterion from 0 to maxScore")
        @Size(max = 20) List<@Valid @NotNull RubricCriterion> rubric) {
}
