package org.hlc.webinar.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.webinar.calendar.CalendarFeedCommand.Issue;
import org.hlc.webinar.calendar.CalendarFeedCommand.Revoke;
import org.hlc.webinar.calendar.CalendarFeedEvent.CalendarFeedIssued;
import org.hlc.webinar.calendar.CalendarFeedEvent.CalendarFeedRevoked;
import org.junit.jupiter.api.Test;

class CalendarFeedDeciderTest {
    private static final UUID PERSON = UUID.fromString("5d1f6c8e-2a8b-4f7e-9d65-2b1c0e7a9f10");
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private final CalendarFeedDecider decider = new CalendarFeedDecider();

    @Test
    void issuing_again_rotates_so_only_the_newest_token_matches() {
        String first = FeedTokens.issue(PERSON);
        String second = FeedTokens.issue(PERSON);
        CalendarFeed rotated = decider.fold(List.of(new CalendarFeedIssued(PERSON, FeedTokens.sha256(first), NOW),
                new CalendarFeedIssued(PERSON, FeedTokens.sha256(second), NOW)));

        assertThat(FeedTokens.matches(second, rotated.tokenSha256())).isTrue();
        assertThat(FeedTokens.matches(first, rotated.tokenSha256())).isFalse();
        assertThat(FeedTokens.personOf(second)).contains(PERSON);
        assertThat(second).hasSize(FeedTokens.LENGTH).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void revoking_leaves_no_working_token_and_revoking_again_records_nothing() {
        CalendarFeed active = decider.fold(List.of(new CalendarFeedIssued(PERSON, "ab", NOW)));

        assertThat(decider.decide(new Revoke(PERSON, NOW), active)).containsExactly(new CalendarFeedRevoked(PERSON, NOW));
        CalendarFeed revoked = decider.evolve(active, new CalendarFeedRevoked(PERSON, NOW));
        assertThat(revoked.active()).isFalse();
        assertThat(decider.decide(new Revoke(PERSON, NOW), revoked)).isEmpty();
        assertThat(decider.decide(new Issue(PERSON, "cd", NOW), revoked))
                .containsExactly(new CalendarFeedIssued(PERSON, "cd", NOW));
    }

    @Test
    void malformed_tokens_name_nobody() {
        assertThat(FeedTokens.personOf("short")).isEmpty();
        assertThat(FeedTokens.personOf("!".repeat(FeedTokens.LENGTH))).isEmpty();
        assertThat(FeedTokens.personOf(null)).isEmpty();
        assertThat(FeedTokens.matches(FeedTokens.issue(PERSON), null)).isFalse();
    }
}
