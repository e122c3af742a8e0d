package org.hlc.learning.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hlc.learning.assignment.ReviewAllocation;

/**
 * Allocates each submission to k reviewers drawn from the authors. The authors are laid out in a list L with each
 * coaching group contiguous (largest group first); the submission of L[i] goes to L[i+d], ..., L[i+d+k-1] (cyclically)
 * with d the size of the largest group, capped at n-k. So:
 * <ul>
 * <li>never the author, and every author reviews exactly k submissions (a cyclic shift: loads are balanced);</li>
 * <li>no reviewer shares the author's group whenever 2·(largest group) + k ≤ n + 1 (a group's block is at least
 * d away from itself in both directions); beyond that, a group holds about half of everyone and some same-group
 * reviews cannot be avoided with balanced loads;</li>
 * <li>deterministic: the same input gives the same allocation, in whatever order the submissions are given.</li>
 * </ul>
 * People without a group count as groups of one.
 */
public final class PeerReviewAllocation {

    private PeerReviewAllocation() {
    }

    /**
     * @param authors submission id → author person id, one submission per author
     * @param k reviewers per submission, from 1 to the number of authors minus one
     * @param groups person id → coaching group; people missing from it are each a group of their own
     */
    public static List<ReviewAllocation> allocate(Map<UUID, UUID> authors, int k, Map<UUID, String> groups) {
        int n = authors.size();
        if (authors.values().stream().distinct().count() != n) {
            throw new IllegalArgumentException("one submission per author expected");
        }
        if (k < 1 || k >= n) {
            throw new IllegalArgumentException("k must be between 1 and " + (n - 1) + ", was " + k);
        }
        List<List<UUID>> blocks = blocks(authors.values().stream().sorted().toList(), groups);
        List<UUID> layout = new ArrayList<>(n);
        blocks.forEach(layout::addAll);
        int largest = blocks.get(0).size();
        int d = Math.max(1, Math.min(largest, n - k));
        Map<UUID, UUID> submissionOf = new HashMap<>();
        authors.forEach((submission, author) -> submissionOf.put(author, submission));
        List<ReviewAllocation> allocations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<UUID> reviewers = new ArrayList<>();
            for (int step = 0; step < k; step++) {
                reviewers.add(layout.get((i + d + step) % n));
            }
            UUID author = layout.get(i);
            allocations.add(new ReviewAllocation(submissionOf.get(author), author, List.copyOf(reviewers)));
        }
        allocations.sort(Comparator.comparing(ReviewAllocation::submissionId));
        return List.copyOf(allocations);
    }

    /** True when {@link #allocate} keeps every reviewer out of the author's group for these sizes. */
    public static boolean separatesGroups(int largestGroup, int k, int n) {
        return 2 * largestGroup + k <= n + 1;
    }

    /** Groups as blocks of members sorted by id; blocks by size (largest first), then by group name. */
    private static List<List<UUID>> blocks(List<UUID> sortedAuthors, Map<UUID, String> groups) {
        TreeMap<String, List<UUID>> byGroup = new TreeMap<>();
        for (UUID author : sortedAuthors) {
            String group = groups.get(author);
            String key = group == null ? "\uffff" + author : "g" + group;
            byGroup.computeIfAbsent(key, g -> new ArrayList<>()).add(author);
        }
        List<List<UUID>> blocks = new ArrayList<>(byGroup.values());
        blocks.sort(Comparator.comparingInt((List<UUID> b) -> -b.size())); // stable: ties keep name order
        return blocks;
    }
}
