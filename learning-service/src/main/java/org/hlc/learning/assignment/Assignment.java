package org.hlc.learning.assignment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An assignment's state, folded from its stream. */
public record Assignment(UUID assignmentId, UUID programmeId, UUID moduleId, String title, String instructions,
        Instant dueAt, List<RubricCriterion> rubric, List<ReviewAllocation> allocations) {

    public static final Assignment NONE = new Assignment(null, null, null, null, null, null, List.of(), List.of());

    public boolean exists() {
        return assignmentId != null;
    }

    public boolean reviewsAllocated() {
        return !allocations.isEmpty();
    }

    public Optional<ReviewAllocation> allocationOf(UUID submissionId) {
        return allocations.stream().filter(a -> a.submissionId().equals(submissionId)).findFirst();
    }

    public List<ReviewAllocation> allocatedTo(UUID reviewerPersonId) {
        return allocations.stream().filter(a -> a.reviewerPersonIds().contains(reviewerPersonId)).toList();
    }
}
