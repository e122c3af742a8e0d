package org.hlc.learning.assignment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One person's submission to an assignment: every version, coach feedback and peer reviews. */
public record Submission(UUID submissionId, UUID assignmentId, UUID personId, List<Version> versions,
        List<Feedback> feedback, List<Review> reviews) {

    public static final Submission NONE = new Submission(null, null, null, List.of(), List.of(), List.of());

    public boolean exists() {
        return submissionId != null;
    }

    public Version latest() {
        return versions.get(versions.size() - 1);
    }

    public record Version(int number, String text, List<String> links, boolean late, Instant submittedAt) {
    }

    public record Feedback(String coachSubject, String comment, Instant givenAt) {
    }

    public record Review(UUID reviewerPersonId, List<CriterionScore> scores, String comment, Instant submittedAt) {
    }

    static <T> List<T> plus(List<T> list, T item) {
        List<T> all = new ArrayList<>(list);
        all.add(item);
        return List.copyOf(all);
    }
}
