package org.hlc.award.jury;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * Balanced, deterministic assignment of entries to jurors. Pure.
 *
 * <p>Jurors are put in a tie order: sorted by subject, then shuffled with {@code new Random(seed)}. Entries are taken
 * in the given order; each gets the {@code k} eligible jurors with the lowest load so far, ties broken by the tie
 * order. Without conflicts this keeps max load - min load &lt;= 1 (each step raises the k lowest loads by one). A
 * declared conflict excludes the pair; with conflicts the balance is best effort.
 */
public final class Allocator {
    private Allocator() {
    }

    /** Thrown when an entry has fewer than k eligible jurors. */
    public static final class NotEnoughJurors extends RuntimeException {
        private final UUID entryId;
        private final int eligible;

        NotEnoughJurors(UUID entryId, int eligible) {
            super("entry " + entryId + " has only " + eligible + " eligible jurors");
            this.entryId = entryId;
            this.eligible = eligible;
        }

        public UUID entryId() {
            return entryId;
        }

        public int eligible() {
            return eligible;
        }
    }

    /** The jurors in tie order for this seed. */
    public static List<String> tieOrder(Set<String> jurors, long seed) {
        List<String> order = new ArrayList<>(jurors);
        order.sort(Comparator.naturalOrder());
        java.util.Collections.shuffle(order, new Random(seed));
        return order;
    }

    /**
     * @param conflicted true when the juror must not review the entry (declared conflict)
     * @return one assignment per entry, in entry order; jurors of an assignment in tie order
     */
    public static List<Assignment> allocate(List<UUID> entries, Set<String> jurors, int k, long seed,
            BiPredicate<String, UUID> conflicted) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be positive");
        }
        List<String> order = tieOrder(jurors, seed);
        Map<String, Integer> rank = new HashMap<>();
        Map<String, Integer> load = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i);
            load.put(order.get(i), 0);
        }
        Comparator<String> leastLoaded = Comparator.<String>comparingInt(load::get).thenComparingInt(rank::get);
        List<Assignment> result = new ArrayList<>();
        for (UUID entry : entries) {
            List<String> eligible = order.stream().filter(j -> !conflicted.test(j, entry)).sorted(leastLoaded)
                    .toList();
            if (eligible.size() < k) {
                throw new NotEnoughJurors(entry, eligible.size());
            }
            List<String> chosen = new ArrayList<>(eligible.subList(0, k));
            chosen.forEach(j -> load.merge(j, 1, Integer::sum));
            chosen.sort(Comparator.comparingInt(rank::get));
            result.add(new Assignment(entry, chosen));
        }
        return result;
    }

    /**
     * The juror who takes over an entry from a recused juror: the least-loaded eligible juror (by current loads) not
     * already on the entry, ties by the tie order; empty when nobody is left.
     */
    public static Optional<String> replacement(UUID entry, List<String> tieOrder, Map<String, Integer> loads,
            Set<String> excluded) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < tieOrder.size(); i++) {
            rank.put(tieOrder.get(i), i);
        }
        return tieOrder.stream().filter(j -> !excluded.contains(j))
                .min(Comparator.<String>comparingInt(j -> loads.getOrDefault(j, 0)).thenComparingInt(rank::get));
    }
}
