package org.hlc.learning.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.hlc.learning.assignment.ReviewAllocation;
import org.junit.jupiter.api.Test;

class PeerReviewAllocationTest {

    @Test
    void never_allocates_a_submission_to_its_author_and_balances_loads_for_every_cohort_size() {
        Random random = new Random(42);
        for (int n = 2; n <= 30; n++) {
            for (int k = 1; k < Math.min(n, 5); k++) {
                Map<UUID, UUID> authors = authors(n, random);
                List<ReviewAllocation> allocations = PeerReviewAllocation.allocate(authors, k, Map.of());

                assertThat(allocations).hasSize(n);
                Map<UUID, Integer> load = new HashMap<>();
                for (ReviewAllocation allocation : allocations) {
                    assertThat(allocation.reviewerPersonIds()).as("n=%d k=%d", n, k).hasSize(k)
                            .doesNotHaveDuplicates().doesNotContain(allocation.authorPersonId());
                    allocation.reviewerPersonIds().forEach(r -> load.merge(r, 1, Integer::sum));
                }
                assertThat(load).as("everyone reviews, n=%d k=%d", n, k).hasSize(n);
                assertThat(load.values()).as("loads n=%d k=%d", n, k).containsOnly(k);
            }
        }
    }

    @Test
    void gives_the_same_allocation_for_the_same_submissions_whatever_their_order() {
        Map<UUID, UUID> authors = authors(9, new Random(7));
        Map<UUID, UUID> reversed = new LinkedHashMap<>();
        List<UUID> keys = List.copyOf(authors.keySet());
        for (int i = keys.size() - 1; i >= 0; i--) {
            reversed.put(keys.get(i), authors.get(keys.get(i)));
        }
        assertThat(PeerReviewAllocation.allocate(reversed, 2, Map.of()))
                .isEqualTo(PeerReviewAllocation.allocate(authors, 2, Map.of()));
    }

    @Test
    void prefers_reviewers_from_other_coaching_groups() {
        Map<UUID, UUID> authors = authors(12, new Random(3));
        Map<UUID, String> groups = new HashMap<>();
        int i = 0;
        for (UUID author : authors.values().stream().sorted().toList()) {
            groups.put(author, "group-" + (i++ % 3));
        }
        for (ReviewAllocation allocation : PeerReviewAllocation.allocate(authors, 2, groups)) {
            String authorGroup = groups.get(allocation.authorPersonId());
            assertThat(allocation.reviewerPersonIds()).allSatisfy(
                    reviewer -> assertThat(groups.get(reviewer)).isNotEqualTo(authorGroup));
        }
    }

    @Test
    void never_allocates_a_reviewer_from_the_authors_group_when_the_group_sizes_allow_it() {
        Random random = new Random(11);
        int checked = 0;
        for (int round = 0; round < 2_000; round++) {
            int n = 2 + random.nextInt(29);
            int k = 1 + random.nextInt(Math.min(n - 1, 4));
            Map<UUID, UUID> authors = authors(n, random);
            Map<UUID, String> groups = new HashMap<>();
            int groupCount = 1 + random.nextInt(n);
            for (UUID author : authors.values()) {
                if (random.nextInt(10) > 0) { // some people are in no group
                    groups.put(author, "g" + random.nextInt(groupCount));
                }
            }
            int largest = (int) Math.max(1, groups.values().stream()
                    .collect(java.util.stream.Collectors.groupingBy(g -> g, java.util.stream.Collectors.counting()))
                    .values().stream().mapToLong(Long::longValue).max().orElse(1));
            List<ReviewAllocation> allocations = PeerReviewAllocation.allocate(authors, k, groups);
            Map<UUID, Integer> load = new HashMap<>();
            for (ReviewAllocation allocation : allocations) {
                assertThat(allocation.reviewerPersonIds()).hasSize(k).doesNotHaveDuplicates()
                        .doesNotContain(allocation.authorPersonId());
                allocation.reviewerPersonIds().forEach(r -> load.merge(r, 1, Integer::sum));
                String authorGroup = groups.get(allocation.authorPersonId());
                if (PeerReviewAllocation.separatesGroups(largest, k, n) && authorGroup != null) {
                    assertThat(allocation.reviewerPersonIds()).as("n=%d k=%d largest=%d", n, k, largest)
                            .allSatisfy(r -> assertThat(groups.get(r)).isNotEqualTo(authorGroup));
                    checked++;
                }
            }
            assertThat(load.values()).as("balanced n=%d k=%d", n, k).hasSize(n).containsOnly(k);
        }
        assertThat(checked).isGreaterThan(1_000);
    }

    @Test
    void the_season_shape_twenty_learners_in_four_groups_of_five_never_review_their_own_group() {
        Map<UUID, UUID> authors = authors(20, new Random(20));
        Map<UUID, String> groups = new HashMap<>();
        int i = 0;
        for (UUID author : authors.values()) {
            groups.put(author, "group-" + (i++ / 5));
        }
        for (int k = 1; k <= 4; k++) {
            for (ReviewAllocation allocation : PeerReviewAllocation.allocate(authors, k, groups)) {
                String authorGroup = groups.get(allocation.authorPersonId());
                assertThat(allocation.reviewerPersonIds()).allSatisfy(
                        reviewer -> assertThat(groups.get(reviewer)).isNotEqualTo(authorGroup));
            }
        }
    }

    @Test
    void refuses_more_reviewers_than_other_authors() {
        assertThatThrownBy(() -> PeerReviewAllocation.allocate(authors(3, new Random(1)), 3, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<UUID, UUID> authors(int n, Random random) {
        Map<UUID, UUID> authors = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            authors.put(new UUID(random.nextLong(), random.nextLong()), new UUID(random.nextLong(), random.nextLong()));
        }
        return authors;
    }
}
