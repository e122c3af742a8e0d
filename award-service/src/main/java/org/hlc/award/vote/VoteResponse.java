package org.hlc.award.vote;

import java.time.Instant;
import java.util.UUID;

/** The caller's own vote and ballots left; never a count of other people's votes. */
public record VoteResponse(UUID voteId, UUID editionId, UUID entryId, Instant castAt, long votesCast,
        long votesRemaining) {
}
