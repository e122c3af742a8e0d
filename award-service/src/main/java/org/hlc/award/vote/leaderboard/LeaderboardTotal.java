package org.hlc.award.vote.leaderboard;

/** Valid votes summed per country or per category, with how many entries received them. */
public record LeaderboardTotal(String key, long validVotes, long entries) {
}
