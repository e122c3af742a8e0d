package org.hlc.learning.assignment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.platform.events.EventType;

/** Facts about one person's submission to one assignment (stream submission-{submissionId}). */
public sealed interface SubmissionEvent {
    UUID submissionId();

    /** One version of the submission; number counts from 1, late when submitted after the due instant. */
    @EventType("SubmissionVersionSubmitted")
    record SubmissionVersionSubmitted(UUID submissionId, UUID assignmentId, UUID personId, int number, String text,
            List<String> links, boolean late, Instant submittedAt) implements SubmissionEvent {
    }

    @EventType("CoachFeedbackGiven")
    record CoachFeedbackGiven(UUID submissionId, UUID assignmentId, UUID authorPersonId, String coachSubject,
            String comment, Instant givenAt) implements SubmissionEvent {
    }

    @EventType("PeerReviewSubmitted")
    record PeerReviewSubmitted(UUID submissionId, UUID assignmentId, UUID authorPersonId, UUID reviewerPersonId,
            List<CriterionScore> scores, String comment, Instant submittedAt) implements SubmissionEvent {
    }
}
