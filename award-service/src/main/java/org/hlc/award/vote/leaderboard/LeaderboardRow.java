package org.hlc.award.vote.leaderboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/** One entry's standing; {@code excludedVotes} (quarantined + invalid) is shown to organizers only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LeaderboardRow(UUID entryId, String title, String country, String category, long validVotes,
        Long excludedVotes) {
}
