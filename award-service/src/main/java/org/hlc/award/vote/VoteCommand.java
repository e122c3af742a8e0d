package org.hlc.award.vote;

import java.time.Instant;
import java.util.UUID;
import org.hlc.award.edition.Edition;
import org.hlc.award.entry.Entry;

public sealed interface VoteCommand {

    /**
     * Everything the rules need, read before deciding: the edition (window, cap), the entry (or {@link Entry#NONE})
     * and how many ballots the voter has used.
     */
    record CastVote(UUID voteId, Edition edition, UUID entryId, Entry entry, String voterSubject, long ballotsUsed,
            String clientNetwork, String clientKey, Instant now) implements VoteCommand {
    }

    enum Moderation {
        QUARANTINE, INVALIDATE, REINSTATE
    }

    record ModerateVote(Moderation action, String reason, String by, Instant now) implements VoteCommand {
    }
}
