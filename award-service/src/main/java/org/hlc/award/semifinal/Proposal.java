package org.hlc.award.semifinal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The proposed semi-finalists: accepted entries by valid votes (ties: earlier submission first), skipping an entry
 * whose country already has {@code maxPerCountry} proposed, until {@code size} are chosen. Pure, so it is tested
 * without a database and replays deterministically.
 */
public record Proposal(int size, int maxPerCountry, List<Candidate> proposed, List<Candidate> skippedForDiversity) {

    /** @param ranked accepted entries, best first */
    public static Proposal of(List<Candidate> ranked, int size, int maxPerCountry) {
        List<Candidate> proposed = new ArrayList<>();
        List<Candidate> skipped = new ArrayList<>();
        Map<String, Integer> perCountry = new HashMap<>();
        for (Candidate candidate : ranked) {
            if (proposed.size() == size) {
                break;
            }
            int already = perCountry.getOrDefault(candidate.country(), 0);
            if (already >= maxPerCountry) {
                skipped.add(candidate);
                continue;
            }
            perCountry.put(candidate.country(), already + 1);
            proposed.add(candidate);
        }
        return new Proposal(size, maxPerCountry, List.copyOf(proposed), List.copyOf(skipped));
    }
}
