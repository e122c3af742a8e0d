package org.hlc.learning.assignment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public sealed interface SubmissionCommand {

    record Submit(UUID submissionId, UUID assignmentId, UUID personId, String text, List<String> links,
            Instant dueAt, Instant now) implements SubmissionCommand {
    }

    record GiveFeedback(String coachSubject, String comment, Instant now) implements SubmissionCommand {
    }

    /** The assignment travels with the command so the decider can check allocation and rubric without I/O. */
    record ReviewSubmission(Assignment assignment, UUID reviewerPersonId, List<CriterionScore> scores, String comment,
            Instant now) implements SubmissionCommand {
    }
}
