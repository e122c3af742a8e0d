package org.hlc.learning.assignment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AllocateReviewsRequest(
        @Min(1) @Max(5) @Schema(description = "Reviewers per submission, default 2", example = "2")
        Integer reviewersPerSubmission) {

    int k() {
        return reviewersPerSubmission == null ? 2 : reviewersPerSubmission;
    }
}
