package org.hlc.learning.assignment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public sealed interface AssignmentCommand {

    record PublishAssignment(UUID assignmentId, UUID programmeId, UUID moduleId, String title, String instructions,
            Instant dueAt, List<RubricCriterion> rubric, String publishedBy, Instant now) implements AssignmentCommand {
    }

    record ChangeDueDate(Instant dueAt, Instant now) implements AssignmentCommand {
    }

    /**
     * @param authors submission id → author person id, as of now
     * @param groups person id → coaching group id, empty when no group data is known
     */
    record AllocatePeerReviews(int reviewersPerSubmission, Map<UUID, UUID> authors, Map<UUID, String> groups,
            Instant now) implements AssignmentCommand {
    }
}
