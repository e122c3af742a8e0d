package org.hlc.award.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AllocatorTest {
    private static final Set<String> SEVEN = Set.of("j1", "j2", "j3", "j4", "j5", "j6", "j7");
    private static final List<UUID> TWENTY = IntStream.range(0, 20)
            .mapToObj(i -> UUID.fromString("00000000-0000-4000-8000-0000000000%02d".formatted(i))).toList();

    @Test
    void twenty_entries_seven_jurors_three_each_loads_differ_by_at_most_one() {
        List<Assignment> made = Allocator.allocate(TWENTY, SEVEN, 3, 42, (j, e) -> false);

        assertThat(made).hasSize(20).allSatisfy(a -> assertThat(a.jurorSubjects()).hasSize(3).doesNotHaveDuplicates());
        IntSummaryStatistics loads = loads(made).values().stream().mapToInt(Integer::intValue).summaryStatistics();
        assertThat(loads.getSum()).isEqualTo(60);
        assertThat(loads.getMax() - loads.getMin()).isLessThanOrEqualTo(1);
        assertThat(loads(made)).containsOnlyKeys(SEVEN);
    }

    @Test
    void the_same_input_and_seed_give_the_same_assignment_and_another_seed_may_differ() {
        assertThat(Allocator.allocate(TWENTY, SEVEN, 3, 42, (j, e) -> false))
                .isEqualTo(Allocator.allocate(TWENTY, SEVEN, 3, 42, (j, e) -> false));
        assertThat(Allocator.tieOrder(SEVEN, 42)).isEqualTo(Allocator.tieOrder(Set.copyOf(SEVEN), 42));
        assertThat(Allocator.allocate(TWENTY, SEVEN, 3, 1, (j, e) -> false))
                .isNotEqualTo(Allocator.allocate(TWENTY, SEVEN, 3, 2, (j, e) -> false));
    }

    /** Worked example: tie order for seed 7 fixed first, then entries A, B, C with k = 2 over jurors x, y, z. */
    @Test
    void each_entry_takes_the_least_loaded_jurors_in_tie_order() {
        List<String> order = Allocator.tieOrder(Set.of("x", "y", "z"), 7);
        UUID a = TWENTY.get(0);
        UUID b = TWENTY.get(1);
        UUID c = TWENTY.get(2);
        List<Assignment> made = Allocator.allocate(List.of(a, b, c), Set.of("x", "y", "z"), 2, 7, (j, e) -> false);
        // A: the first two of the order (loads 0,0,0). B: the third (load 0), then the first (load 1, earlier in the
        // order). C: the second and the third (loads 1 and 1 against the first's 2).
        assertThat(made).containsExactly(
                new Assignment(a, List.of(order.get(0), order.get(1))),
                new Assignment(b, List.of(order.get(0), order.get(2))),
                new Assignment(c, List.of(order.get(1), order.get(2))));
    }

    @Test
    void skips_jurors_with_a_declared_conflict_and_keeps_k() {
        UUID conflicted = TWENTY.get(3);
        List<Assignment> made = Allocator.allocate(TWENTY, SEVEN, 3, 42,
                (j, e) -> (j.equals("j1") || j.equals("j2")) && e.equals(conflicted));

        Assignment assignment = made.stream().filter(a -> a.entryId().equals(conflicted)).findFirst().orElseThrow();
        assertThat(assignment.jurorSubjects()).hasSize(3).doesNotContain("j1", "j2");
        IntSummaryStatistics loads = loads(made).values().stream().mapToInt(Integer::intValue).summaryStatistics();
        assertThat(loads.getMax() - loads.getMin()).isLessThanOrEqualTo(1);
    }

    @Test
    void refuses_when_an_entry_has_fewer_than_k_eligible_jurors() {
        UUID entry = TWENTY.get(0);
        assertThatThrownBy(() -> Allocator.allocate(List.of(entry), Set.of("a", "b", "c"), 3, 1,
                (j, e) -> j.equals("a"))).isInstanceOfSatisfying(Allocator.NotEnoughJurors.class,
                        e -> assertThat(e.eligible()).isEqualTo(2));
    }

    @Test
    void a_replacement_is_the_least_loaded_juror_not_excluded() {
        List<String> order = List.of("p", "q", "r", "s");
        assertThat(Allocator.replacement(TWENTY.get(0), order, Map.of("p", 3, "q", 2, "r", 2, "s", 1),
                Set.of("s"))).contains("q");
        assertThat(Allocator.replacement(TWENTY.get(0), order, Map.of(), Set.of("p", "q", "r", "s"))).isEmpty();
    }

    private static Map<String, Integer> loads(List<Assignment> made) {
        Map<String, Integer> loads = new HashMap<>();
        made.forEach(a -> a.jurorSubjects().forEach(j -> loads.merge(j, 1, Integer::sum)));
        return loads;
    }
}
