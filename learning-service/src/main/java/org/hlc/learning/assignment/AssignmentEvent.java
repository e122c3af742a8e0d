package org.hlc.learning.assignment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.platform.events.EventType;

/** Facts about an assignment. AssignmentPublished and AssignmentDueDateChanged feed webinar-service calendars. */
public sealed interface AssignmentEvent {
    UUID assignmentId();

    @EventType("AssignmentPublished")
    record AssignmentPublished(UUID assignmentId, UUID programmeId, UUID moduleId, String title, String instructions,
            Instant dueAt, List<RubricCriterion> rubric, String publishedBy, Instant publishedAt)
            implements AssignmentEvent {
    }

    @EventType("AssignmentDueDateChanged")
    record AssignmentDueDateChanged(UUID assignmentId, UUID programmeId, UUID moduleId, String title, Instant dueAt,
            Instant previousDueAt, Instant changedAt) implements AssignmentEvent {
    }

    @EventType("PeerReviewsAllocated")
    record PeerReviewsAllocated(UUID assignmentId, int reviewersPerSubmission, List<ReviewAllocation> allocations,
            Instant allocatedAt) implements AssignmentEvent {
    }
}
