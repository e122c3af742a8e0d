package org.hlc.award.edition;

/** The phases of an award season, in their usual order. */
public enum Phase {
    CALL_FOR_ENTRIES,
    PUBLIC_VOTING,
    SEMI_FINAL_SELECTION,
    LEARNING_PROGRAMME,
    REVISED_PROPOSAL_DEADLINE,
    JURY_REVIEW,
    FINALIST_ANNOUNCEMENT,
    PITCH_EVENT,
    WINNERS_ANNOUNCEMENT
}
