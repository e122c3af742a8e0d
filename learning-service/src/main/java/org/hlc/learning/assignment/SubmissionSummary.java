package org.hlc.learning.assignment;

import java.time.Instant;
import java.util.UUID;

/** A submission in the coaches' and organizers' list. */
public record SubmissionSummary(UUID id, UUID personId, int versions, boolean late, Instant lastSubmittedAt,
        int feedbackGiven, int reviewsReceived) {

    static SubmissionSummary of(Submission s) {
        Submission.Version latest = s.latest();
        return new SubmissionSummary(s.submissionId(), s.personId(), s.versions().size(), latest.late(),
                latest.submittedAt(), s.feedback().size(), s.reviews().size());
    }
}
