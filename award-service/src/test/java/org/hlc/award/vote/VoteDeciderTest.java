package org.hlc.award.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.award.edition.Edition;
import org.hlc.award.edition.EditionRules;
import org.hlc.award.edition.Phase;
import org.hlc.award.edition.PhaseWindow;
import org.hlc.award.edition.Timeline;
import org.hlc.award.entry.Entry;
import org.hlc.award.entry.EntryContent;
import org.hlc.award.entry.EntryStatus;
import org.hlc.award.vote.VoteCommand.CastVote;
import org.hlc.award.vote.VoteCommand.ModerateVote;
import org.hlc.award.vote.VoteCommand.Moderation;
import org.hlc.award.vote.VoteEvent.VoteCast;
import org.hlc.award.vote.VoteEvent.VoteInvalidated;
import org.hlc.award.vote.VoteEvent.VoteQuarantined;
import org.hlc.award.vote.VoteEvent.VoteReinstated;
import org.hlc.platform.http.ConflictException;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.ResourceNotFoundException;
import org.junit.jupiter.api.Test;

class VoteDeciderTest {
    private static final UUID EDITION = UUID.fromString("3f2c1a9e-6b1d-4c57-9a41-0d2f7e5b8c13");
    private static final UUID ENTRY = UUID.fromString("9a7c2e4b-1d3f-4a5b-8c6d-7e8f9a0b1c2d");
    private static final UUID VOTE = UUID.fromString("1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7a8b");
    private static final Instant OPENS = Instant.parse("2026-11-20T00:00:00Z");
    private static final Instant DURING = Instant.parse("2026-11-25T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-12-01T00:00:00Z");
    private static final Edition EDITION_STATE = new Edition(EDITION, "Award", 2026, List.of("Water"),
            new Timeline(List.of(new PhaseWindow(Phase.PUBLIC_VOTING, OPENS, CLOSES))), new EditionRules(2, 20, 2),
            false, List.of(), OPENS);
    private static final EntryContent CONTENT = new EntryContent("Maji Safi", "s", "KE", "Water", List.of(),
            List.of(), "a@example.org");
    private final VoteDecider decider = new VoteDecider();
    private final VoteCast cast = new VoteCast(VOTE, EDITION, ENTRY, "voter-1", "Water", "KE", "203.0.113.0/24",
            "k1", DURING);

    private static Entry entry(EntryStatus status) {
        return new Entry(ENTRY, EDITION, "sub-a", CONTENT, status, null, OPENS);
    }

    private static CastVote castVote(Entry entry, long ballotsUsed, Instant now) {
        return new CastVote(VOTE, EDITION_STATE, ENTRY, entry, "voter-1", ballotsUsed, "203.0.113.0/24", "k1", now);
    }

    @Test
    void a_vote_for_an_accepted_entry_during_voting_is_cast_with_its_category_and_country() {
        assertThat(decider.decide(castVote(entry(EntryStatus.ACCEPTED), 1, DURING), Vote.NONE)).containsExactly(cast);
    }

    @Test
    void votes_outside_the_window_are_refused_naming_the_phase() {
        assertThatThrownBy(() -> decider.decide(castVote(entry(EntryStatus.ACCEPTED), 0, CLOSES), Vote.NONE))
                .isInstanceOfSatisfying(DomainRuleException.class,
                        e -> assertThat(e.extensions()).containsEntry("phase", "PUBLIC_VOTING"));
    }

    @Test
    void unknown_entries_are_not_found_and_unaccepted_or_withdrawn_ones_are_refused() {
        assertThatThrownBy(() -> decider.decide(castVote(Entry.NONE, 0, DURING), Vote.NONE))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> decider.decide(castVote(entry(EntryStatus.SUBMITTED), 0, DURING), Vote.NONE))
                .isInstanceOf(DomainRuleException.class).hasMessageContaining("submitted");
        assertThatThrownBy(() -> decider.decide(castVote(entry(EntryStatus.WITHDRAWN), 0, DURING), Vote.NONE))
                .isInstanceOf(DomainRuleException.class).hasMessageContaining("withdrawn");
    }

    @Test
    void the_per_edition_cap_and_the_one_vote_per_entry_rule_hold() {
        assertThatThrownBy(() -> decider.decide(castVote(entry(EntryStatus.ACCEPTED), 2, DURING), Vote.NONE))
                .isInstanceOfSatisfying(DomainRuleException.class,
                        e -> assertThat(e.extensions()).containsEntry("rule", "vote-limit-reached"));
        assertThatThrownBy(() -> decider.decide(castVote(entry(EntryStatus.ACCEPTED), 1, DURING),
                decider.fold(List.of(cast)))).isInstanceOf(ConflictException.class);
    }

    @Test
    void moderation_quarantines_reinstates_and_invalidates_for_good() {
        Vote vote = decider.fold(List.of(cast));
        VoteQuarantined quarantined = new VoteQuarantined(EDITION, ENTRY, "voter-1", "burst", "org", DURING);
        VoteReinstated reinstated = new VoteReinstated(EDITION, ENTRY, "voter-1", "checked", "org", DURING);
        VoteInvalidated invalidated = new VoteInvalidated(EDITION, ENTRY, "voter-1", "bot", "org", DURING);

        assertThat(decider.decide(new ModerateVote(Moderation.QUARANTINE, "burst", "org", DURING), vote))
                .containsExactly(quarantined);
        Vote inQuarantine = decider.fold(List.of(cast, quarantined));
        assertThat(inQuarantine.status()).isEqualTo(VoteStatus.QUARANTINED);
        assertThat(decider.decide(new ModerateVote(Moderation.REINSTATE, "checked", "org", DURING), inQuarantine))
                .containsExactly(reinstated);
        assertThat(decider.decide(new ModerateVote(Moderation.INVALIDATE, "bot", "org", DURING), vote))
                .containsExactly(invalidated);
        Vote invalid = decider.fold(List.of(cast, invalidated));
        assertThatThrownBy(() -> decider.decide(new ModerateVote(Moderation.REINSTATE, "x", "org", DURING), invalid))
                .isInstanceOf(DomainRuleException.class);
        assertThat(decider.decide(new ModerateVote(Moderation.INVALIDATE, "again", "org", DURING), invalid)).isEmpty();
        assertThatThrownBy(() -> decider.decide(new ModerateVote(Moderation.INVALIDATE, "x", "org", DURING),
                Vote.NONE)).isInstanceOf(ResourceNotFoundException.class);
    }
}
