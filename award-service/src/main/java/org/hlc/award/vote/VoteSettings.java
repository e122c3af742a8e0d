package org.hlc.award.vote;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Rate limits of the vote endpoint (in-memory token buckets per instance). */
@ConfigMapping(prefix = "award.votes.rate-limit")
public interface VoteSettings {
    /** Burst one voter may send. */
    @WithDefault("10")
    int voterBurst();

    @WithDefault("1")
    double voterPerSecond();

    /** Burst from one client address; raise it when many voters share a NAT or for a load test. */
    @WithDefault("2000")
    int addressBurst();

    @WithDefault("1000")
    double addressPerSecond();
}
