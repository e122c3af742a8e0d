package org.hlc.award.vote.integrity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Thresholds of the vote-integrity projection: a rule fires when at least {@code votes} matching votes were cast
 * within {@code window} (sliding, by cast time). One VotesFlagged per rule, key and window-length bucket.
 */
@ConfigMapping(prefix = "award.votes.integrity")
public interface IntegritySettings {
    /** Secret salt of the client-address hash recorded on votes (clientKey). Set it per deployment. */
    @WithDefault("hlc-award-integrity")
    String addressSalt();

    /** Votes from one client address (clientKey). */
    @WithDefault("30")
    int addressBurstVotes();

    @WithDefault("PT1M")
    Duration addressBurstWindow();

    /** Votes from one /24 (IPv4) or /48 (IPv6) network. */
    @WithDefault("100")
    int networkBurstVotes();

    @WithDefault("PT1M")
    Duration networkBurstWindow();

    /** Votes for one entry by voters whose first vote of the edition falls inside the window. */
    @WithDefault("200")
    int newVoterSurgeVotes();

    @WithDefault("PT10M")
    Duration newVoterSurgeWindow();

    /** At most this many votes are listed in one VotesFlagged event (the flag's read model keeps them all). */
    @WithDefault("500")
    int maxVotesPerEvent();
}
