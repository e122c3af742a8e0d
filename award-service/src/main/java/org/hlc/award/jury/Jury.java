package org.hlc.award.jury;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An edition's jury, folded from stream {@code jury-{editionId}}. Immutable: every change returns a copy.
 *
 * @param jurors appointed jurors: token subject → person id
 * @param assignments active jurors per entry (recused ones removed, replacements added), in assignment order
 * @param recused jurors recused per entry
 * @param conflicts declared conflicts: "subject|entryId" → reason
 */
public record Jury(UUID editionId, Map<String, UUID> jurors, Rubric rubric, int jurorsPerEntry, long seed,
        Map<UUID, List<String>> assignments, Map<UUID, Set<String>> recused, Map<String, String> conflicts,
        Instant closedAt, List<Finalist> finalists, List<Winner> winners) {

    public static final Jury NONE = new Jury(null, Map.of(), null, 0, 0, Map.of(), Map.of(), Map.of(), null,
            List.of(), List.of());

    public boolean roundClosed() {
        return closedAt != null;
    }

    public boolean assigned() {
        return !assignments.isEmpty();
    }

    public boolean isJuror(String subject) {
        return jurors.containsKey(subject);
    }

    /** Assigned to the entry and not recused from it. */
    public boolean reviews(String subject, UUID entryId) {
        return assignments.getOrDefault(entryId, List.of()).contains(subject);
    }

    public boolean isRecused(String subject, UUID entryId) {
        return recused.getOrDefault(entryId, Set.of()).contains(subject);
    }

    public boolean declaredConflict(String subject, UUID entryId) {
        return conflicts.containsKey(key(subject, entryId));
    }

    public static String key(String subject, UUID entryId) {
        return subject + "|" + entryId;
    }

    /** How many entries each appointed juror reviews now. */
    public Map<String, Integer> loads() {
        Map<String, Integer> loads = new TreeMap<>();
        jurors.keySet().forEach(j -> loads.put(j, 0));
        assignments.values().forEach(js -> js.forEach(j -> loads.merge(j, 1, Integer::sum)));
        return loads;
    }

    /** Entries the juror reviews now. */
    public List<UUID> entriesOf(String subject) {
        return assignments.entrySet().stream().filter(e -> e.getValue().contains(subject)).map(Map.Entry::getKey)
                .toList();
    }

    Jury withJuror(UUID edition, String subject, UUID personId) {
        Map<String, UUID> copy = new TreeMap<>(jurors);
        copy.put(subject, personId);
        return new Jury(edition, copy, rubric, jurorsPerEntry, seed, assignments, recused, conflicts, closedAt,
                finalists, winners);
    }

    Jury withRubric(UUID edition, Rubric newRubric) {
        return new Jury(edition, jurors, newRubric, jurorsPerEntry, seed, assignments, recused, conflicts, closedAt,
                finalists, winners);
    }

    Jury withAssignments(int k, long newSeed, List<Assignment> made) {
        Map<UUID, List<String>> copy = new LinkedHashMap<>();
        made.forEach(a -> copy.put(a.entryId(), List.copyOf(a.jurorSubjects())));
        return new Jury(editionId, jurors, rubric, k, newSeed, copy, recused, conflicts, closedAt, finalists,
                winners);
    }

    Jury withConflict(String subject, UUID entryId, String reason) {
        Map<String, String> copy = new HashMap<>(conflicts);
        copy.put(key(subject, entryId), reason);
        return new Jury(editionId, jurors, rubric, jurorsPerEntry, seed, assignments, recused, copy, closedAt,
                finalists, winners);
    }

    Jury withRecusal(UUID entryId, String subject, String replacement) {
        Map<UUID, List<String>> assigned = new LinkedHashMap<>(assignments);
        List<String> jurorsOfEntry = new ArrayList<>(assigned.getOrDefault(entryId, List.of()));
        jurorsOfEntry.remove(subject);
        if (replacement != null && !jurorsOfEntry.contains(replacement)) {
            jurorsOfEntry.add(replacement);
        }
        assigned.put(entryId, List.copyOf(jurorsOfEntry));
        Map<UUID, Set<String>> recusals = new HashMap<>(recused);
        Set<String> set = new LinkedHashSet<>(recusals.getOrDefault(entryId, Set.of()));
        set.add(subject);
        recusals.put(entryId, Set.copyOf(set));
        return new Jury(editionId, jurors, rubric, jurorsPerEntry, seed, assigned, recusals, conflicts, closedAt,
                finalists, winners);
    }

    Jury withClosed(Instant at) {
        return new Jury(editionId, jurors, rubric, jurorsPerEntry, seed, assignments, recused, conflicts, at,
                finalists, winners);
    }

    Jury withFinalists(List<Finalist> chosen) {
        return new Jury(editionId, jurors, rubric, jurorsPerEntry, seed, assignments, recused, conflicts, closedAt,
                List.copyOf(chosen), winners);
    }

    Jury withWinners(List<Winner> announced) {
        return new Jury(editionId, jurors, rubric, jurorsPerEntry, seed, assignments, recused, conflicts, closedAt,
                finalists, List.copyOf(announced));
    }
}
