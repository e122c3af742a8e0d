package org.hlc.award.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.award.edition.Phase;
import org.hlc.award.edition.PhaseWindow;
import org.hlc.award.edition.Timeline;
import org.hlc.award.entry.EntryCommand.EditEntry;
import org.hlc.award.entry.EntryCommand.ReviewEntry;
import org.hlc.award.entry.EntryCommand.SubmitEntry;
import org.hlc.award.entry.EntryCommand.WithdrawEntry;
import org.hlc.award.entry.EntryEvent.EntryAccepted;
import org.hlc.award.entry.EntryEvent.EntryEdited;
import org.hlc.award.entry.EntryEvent.EntryRejected;
import org.hlc.award.entry.EntryEvent.EntrySubmitted;
import org.hlc.award.entry.EntryEvent.EntryWithdrawn;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.DomainRuleException;
import org.junit.jupiter.api.Test;

class EntryDeciderTest {
    private static final UUID ENTRY = UUID.fromString("9a7c2e4b-1d3f-4a5b-8c6d-7e8f9a0b1c2d");
    private static final UUID EDITION = UUID.fromString("3f2c1a9e-6b1d-4c57-9a41-0d2f7e5b8c13");
    private static final Instant OPENS = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant DURING = Instant.parse("2026-10-10T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-11-15T00:00:00Z");
    private static final Timeline CALL = new Timeline(List.of(new PhaseWindow(Phase.CALL_FOR_ENTRIES, OPENS, CLOSES)));
    private static final EntryContent CONTENT = new EntryContent("Maji Safi", "Water kiosks", "KE", "Water",
            List.of(new TeamMember("Amina", "founder")), List.of("https://majisafi.example.org"), "a@example.org");
    private final EntryDecider decider = new EntryDecider();
    private final EntrySubmitted submitted = new EntrySubmitted(ENTRY, EDITION, "sub-a", "Maji Safi", "Water kiosks",
            "KE", "Water", CONTENT.teamMembers(), CONTENT.links(), "a@example.org", DURING);

    @Test
    void submitting_during_the_call_records_entry_submitted() {
        assertThat(decider.decide(new SubmitEntry(ENTRY, EDITION, "sub-a", CONTENT, CALL, DURING),
                decider.initialState())).containsExactly(submitted);
    }

    @Test
    void submitting_after_the_call_is_refused_naming_the_phase_and_window() {
        assertThatThrownBy(() -> decider.decide(new SubmitEntry(ENTRY, EDITION, "sub-a", CONTENT, CALL, CLOSES),
                decider.initialState())).isInstanceOfSatisfying(DomainRuleException.class, e -> assertThat(
                        e.extensions()).containsEntry("phase", "CALL_FOR_ENTRIES")
                        .containsEntry("opensAt", OPENS.toString()).containsEntry("closesAt", CLOSES.toString()));
    }

    @Test
    void the_applicant_edits_during_the_call_and_nobody_else_may() {
        Entry entry = decider.fold(List.of(submitted));
        EntryContent changed = new EntryContent("Maji Safi 2", "Water kiosks", "KE", "Water", CONTENT.teamMembers(),
                CONTENT.links(), "a@example.org");

        assertThat(decider.decide(new EditEntry(ENTRY, "sub-a", changed, CALL, DURING), entry)).containsExactly(
                new EntryEdited(ENTRY, EDITION, "Maji Safi 2", "Water kiosks", "KE", "Water", CONTENT.teamMembers(),
                        CONTENT.links(), "a@example.org", "sub-a", DURING));
        assertThatThrownBy(() -> decider.decide(new EditEntry(ENTRY, "sub-b", changed, CALL, DURING), entry))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decider.decide(new EditEntry(ENTRY, "sub-a", changed, CALL, CLOSES), entry))
                .isInstanceOf(DomainRuleException.class);
        assertThat(decider.decide(new EditEntry(ENTRY, "sub-a", CONTENT, CALL, DURING), entry)).isEmpty();
    }

    @Test
    void review_accepts_or_rejects_and_a_withdrawn_entry_cannot_be_reviewed() {
        Entry entry = decider.fold(List.of(submitted));

        assertThat(decider.decide(new ReviewEntry(ENTRY, true, "org", null, DURING), entry))
                .containsExactly(new EntryAccepted(ENTRY, EDITION, "org", null, DURING));
        assertThat(decider.decide(new ReviewEntry(ENTRY, false, "org", "for-profit", DURING), entry))
                .containsExactly(new EntryRejected(ENTRY, EDITION, "org", "for-profit", DURING));
        Entry withdrawn = decider.fold(List.of(submitted, new EntryWithdrawn(ENTRY, EDITION, "sub-a", null, DURING)));
        assertThatThrownBy(() -> decider.decide(new ReviewEntry(ENTRY, true, "org", null, DURING), withdrawn))
                .isInstanceOf(DomainRuleException.class);
    }

    @Test
    void only_the_applicant_or_an_organizer_withdraws_and_withdrawing_twice_records_once() {
        Entry entry = decider.fold(List.of(submitted));

        assertThatThrownBy(() -> decider.decide(new WithdrawEntry(ENTRY, "sub-b", false, null, DURING), entry))
                .isInstanceOf(AccessDeniedException.class);
        List<EntryEvent> events = decider.decide(new WithdrawEntry(ENTRY, "org", true, "duplicate", DURING), entry);
        assertThat(events).containsExactly(new EntryWithdrawn(ENTRY, EDITION, "org", "duplicate", DURING));
        assertThat(decider.decide(new WithdrawEntry(ENTRY, "sub-a", false, null, DURING),
                decider.fold(List.of(submitted, events.get(0))))).isEmpty();
    }
}
