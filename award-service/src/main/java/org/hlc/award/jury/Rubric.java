package org.hlc.award.jury;

import java.util.List;
import java.util.Optional;

/** How jurors score: the criteria with their weights, and the integer scale {@code scaleMin..scaleMax} (inclusive). */
public record Rubric(List<Criterion> criteria, int scaleMin, int scaleMax) {

    public Rubric {
        criteria = List.copyOf(criteria);
    }

    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public double totalWeight() {
        return criteria.stream().mapToDouble(Criterion::weight).sum();
    }
}
