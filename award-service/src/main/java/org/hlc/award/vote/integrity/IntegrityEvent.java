package org.hlc.award.vote.integrity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.platform.events.EventType;

/** Facts found by the vote-integrity projection (stream {@code flag-{flagId}}, one event per stream). */
public sealed interface IntegrityEvent {
    UUID editionId();

    /** What pattern a flag found. */
    enum Rule {
        /** Many votes from one client address (the votes' clientKey). */
        CLIENT_ADDRESS_BURST,
        /** Many votes from one /24 (IPv4) or /48 (IPv6) network. */
        NETWORK_BURST,
        /** Many votes for one entry by voters whose first vote of the edition is inside the window. */
        NEW_VOTER_SURGE
    }

    record FlaggedVote(UUID entryId, String voterSubject, Instant castAt) {
    }

    /**
     * Suspicious votes, found when the {@code threshold}-th matching vote fell within the sliding window
     * ({@code windowStart} exclusive, {@code windowEnd} = the cast time of the vote that tipped it). Nothing changes
     * for the votes until an organizer moderates them. {@code flagId} is derived from edition, rule, key and the
     * window-length time bucket, so a redelivered vote never flags twice.
     *
     * @param key the clientKey, the network, or the entry id, depending on the rule
     * @param votes the votes in the window (at most the configured number)
     */
    @EventType("VotesFlagged")
    record VotesFlagged(UUID flagId, UUID editionId, Rule rule, String key, UUID entryId, Instant windowStart,
            Instant windowEnd, int threshold, int voteCount, List<FlaggedVote> votes, Instant flaggedAt)
            implements IntegrityEvent {
    }
}
