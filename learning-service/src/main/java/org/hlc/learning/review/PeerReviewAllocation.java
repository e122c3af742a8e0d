package org.hlc.learning.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hlc.learning.assignment.ReviewAllocation;

/**
 * Allocates each submission to k reviewers drawn from the authors. The authors are laid out on a ring and each
 * submission goes to the k authors after its own: never the author, and every reviewer gets exactly k submissions.
 * When coaching groups are known, the ring interleaves the groups (A, B, C, A, B, C, ...) so that the next k authors
 * come from other groups whenever the group sizes allow it. Pure and deterministic: the same input gives the same
 * allocation, in whatever order the submissions are given.
 */
public final class PeerReviewAllocation {
    private static final String NO_GROUP = "\uffff";

    private PeerReviewAllocation() {
    }

    /**
     * @param authors submission id → author person id, one submission per author
     * @param k reviewers per submission, from 1 to the number of authors minus one
     * @param groups person id → coaching group; people missing from it form one group of their own
     */
    public static List<ReviewAllocation> allocate(Map<UUID, UUID> authors, int k, Map<UUID, String> groups) {
        int n = authors.size();
        if (authors.values().stream().distinct().count() != n) {
            throw new IllegalArgumentException("one submission per author expected");
        }
        if (k < 1 || k >= n) {
            throw new IllegalArgumentException("k must be between 1 and " + (n - 1) + ", was " + k);
        }
        List<UUID> ring = ring(authors.values().stream().sorted().toList(), groups);
        Map<UUID, UUID> submissionOf = new HashMap<>();
        authors.forEach((submission, author) -> submissionOf.put(author, submission));
        List<ReviewAllocation> allocations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<UUID> reviewers = new ArrayList<>();
            for (int step = 1; step <= k; step++) {
                reviewers.add(ring.get((i + step) % n));
            }
            UUID author = ring.get(i);
            allocations.add(new ReviewAllocation(submissionOf.get(author), author, List.copyOf(reviewers)));
        }
        allocations.sort((a, b) -> a.submissionId().compareTo(b.submissionId()));
        return List.copyOf(allocations);
    }

    /** Round-robin over the groups (sorted by name), each group's members sorted by id. */
    private static List<UUID> ring(List<UUID> sortedAuthors, Map<UUID, String> groups) {
        TreeMap<String, List<UUID>> byGroup = new TreeMap<>();
        for (UUID author : sortedAuthors) {
            byGroup.computeIfAbsent(groups.getOrDefault(author, NO_GROUP), g -> new ArrayList<>()).add(author);
        }
        List<UUID> ring = new ArrayList<>();
        for (int round = 0; ring.size() < sortedAuthors.size(); round++) {
            for (List<UUID> members : byGroup.values()) {
                if (round < members.size()) {
                    ring.add(members.get(round));
                }
            }
        }
        return ring;
    }
}
