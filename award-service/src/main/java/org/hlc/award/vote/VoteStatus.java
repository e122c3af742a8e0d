package org.hlc.award.vote;

/** A valid vote counts; quarantined and invalid ones do not (quarantine can be lifted, invalidation is final). */
public enum VoteStatus {
    VALID, QUARANTINED, INVALID
}
