package org.hlc.award.edition;

/**
 * Per-edition rules: the public vote cap and the shape of the semi-final selection.
 *
 * @param maxVotesPerVoter votes one voter may cast in the edition (one per entry)
 * @param semiFinalists how many semi-finalists the organizer confirms
 * @param maxSemiFinalistsPerCountry diversity cap the proposal applies
 */
public record EditionRules(int maxVotesPerVoter, int semiFinalists, int maxSemiFinalistsPerCountry) {
}
