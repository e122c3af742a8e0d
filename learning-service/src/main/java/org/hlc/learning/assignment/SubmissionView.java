package org.hlc.learning.assignment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A submission as its author sees it: every version, coach feedback, and peer reviews without reviewers' names. */
public record SubmissionView(UUID id, UUID assignmentId, List<Submission.Version> versions,
        List<FeedbackView> feedback, List<ReviewView> reviews, long version) {

    public record FeedbackView(String comment, Instant givenAt) {
    }

    public record ReviewView(List<CriterionScore> scores, String comment, Instant submittedAt) {
    }

    static SubmissionView of(Submission s, long version) {
        return new SubmissionView(s.submissionId(), s.assignmentId(), s.versions(),
                s.feedback().stream().map(f -> new FeedbackView(f.comment(), f.givenAt())).toList(),
                s.reviews().stream().map(r -> new ReviewView(r.scores(), r.comment(), r.submittedAt())).toList(),
                version);
    }
}
