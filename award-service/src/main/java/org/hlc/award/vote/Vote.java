package org.hlc.award.vote;

import java.util.UUID;

/** One voter's vote for one entry, folded from its stream. */
public record Vote(UUID voteId, UUID editionId, UUID entryId, String voterSubject, VoteStatus status) {
    public static final Vote NONE = new Vote(null, null, null, null, null);

    public boolean exists() {
        return voteId != null;
    }

    Vote with(VoteStatus newStatus) {
        return new Vote(voteId, editionId, entryId, voterSubject, newStatus);
    }
}
