package org.hlc.award.jury;

/** A juror's value for one criterion, within the rubric's scale. */
public record CriterionScore(String criterionId, int value) {
}
