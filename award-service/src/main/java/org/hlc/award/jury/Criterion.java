package org.hlc.award.jury;

/** One rubric criterion: a stable id (used in scores), a label and a weight (> 0). */
public record Criterion(String id, String name, double weight, String description) {
}
