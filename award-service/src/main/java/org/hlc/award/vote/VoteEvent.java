package org.hlc.award.vote;

import java.time.Instant;
import java.util.UUID;
import org.hlc.platform.events.EventType;

/**
 * Facts about public votes. A vote lives in stream {@code vote-{edition}-{voter}-{entry}} (its existence is the
 * one-vote-per-entry rule); each ballot a voter uses is also counted in {@code voter-{edition}-{voter}} (its version
 * is the number of votes cast, which is how the per-edition cap holds under concurrency).
 */
public sealed interface VoteEvent {
    UUID editionId();

    /**
     * @param clientNetwork the caller's /24 (IPv4) or /48 (IPv6) block, not the address itself: enough to spot
     *        bursts without publishing personal data
     * @param clientKey a keyed hash of the caller's address (never the address): spots bursts from one address
     */
    @EventType("VoteCast")
    record VoteCast(UUID voteId, UUID editionId, UUID entryId, String voterSubject, String category, String country,
            String clientNetwork, String clientKey, Instant castAt) implements VoteEvent {
    }

    @EventType("VoterBallotUsed")
    record VoterBallotUsed(UUID editionId, String voterSubject, UUID entryId, int ballotNumber) implements VoteEvent {
    }

    @EventType("VoteQuarantined")
    record VoteQuarantined(UUID editionId, UUID entryId, String voterSubject, String reason, String by, Instant at)
            implements VoteEvent {
    }

    @EventType("VoteInvalidated")
    record VoteInvalidated(UUID editionId, UUID entryId, String voterSubject, String reason, String by, Instant at)
            implements VoteEvent {
    }

    @EventType("VoteReinstated")
    record VoteReinstated(UUID editionId, UUID entryId, String voterSubject, String reason, String by, Instant at)
            implements VoteEvent {
    }
}
