package org.hlc.award.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hlc.award.edition.EditionCommand.ChangeTimeline;
import org.hlc.award.edition.EditionCommand.CreateEdition;
import org.hlc.award.edition.EditionCommand.PublishResults;
import org.hlc.award.edition.EditionCommand.SelectSemiFinalists;
import org.hlc.award.edition.EditionEvent.EditionCreated;
import org.hlc.award.edition.EditionEvent.ResultsPublished;
import org.hlc.award.edition.EditionEvent.SemiFinalistsSelected;
import org.hlc.award.edition.EditionEvent.TimelineChanged;
import org.hlc.platform.http.ConflictException;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.ResourceNotFoundException;
import org.junit.jupiter.api.Test;

/** Given events, when a command, then events: the decider alone, no I/O. */
class EditionDeciderTest {
    private static final UUID ID = UUID.fromString("3f2c1a9e-6b1d-4c57-9a41-0d2f7e5b8c13");
    private static final Instant NOV_1 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant NOV_20 = Instant.parse("2026-11-20T00:00:00Z");
    private static final Instant DEC_1 = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant DEC_3 = Instant.parse("2026-12-03T00:00:00Z");
    private static final List<PhaseWindow> PHASES = List.of(
            new PhaseWindow(Phase.CALL_FOR_ENTRIES, NOV_1, NOV_20),
            new PhaseWindow(Phase.PUBLIC_VOTING, NOV_20, DEC_1),
            new PhaseWindow(Phase.SEMI_FINAL_SELECTION, DEC_1, DEC_3));
    private static final EditionRules RULES = new EditionRules(10, 1, 1);
    private final EditionDecider decider = new EditionDecider();
    private final EditionCreated created = new EditionCreated(ID, "Award 2026", 2026, List.of("Water"), PHASES, RULES,
            "org-1", NOV_1);
    private final SemiFinalist amina = new SemiFinalist(UUID.randomUUID(), "sub-a", "Maji Safi", "KE",
            "amina@example.org", null);

    @Test
    void creating_an_edition_records_edition_created() {
        assertThat(decider.decide(new CreateEdition(ID, "Award 2026", 2026, List.of("Water"), PHASES, RULES, "org-1",
                NOV_1), decider.initialState())).containsExactly(created);
    }

    @Test
    void creating_an_existing_edition_is_a_conflict() {
        assertThatThrownBy(() -> decider.decide(new CreateEdition(ID, "x", 2026, List.of("Water"), PHASES, RULES,
                "org-1", NOV_1), decider.fold(List.of(created)))).isInstanceOf(ConflictException.class);
    }

    @Test
    void a_timeline_change_records_who_and_why_and_replaces_the_windows() {
        List<PhaseWindow> extended = List.of(new PhaseWindow(Phase.PUBLIC_VOTING, NOV_20, DEC_3));

        List<EditionEvent> events = decider.decide(new ChangeTimeline(ID, extended, "org-2", "site outage", NOV_20),
                decider.fold(List.of(created)));

        assertThat(events).containsExactly(new TimelineChanged(ID, extended, "org-2", "site outage", NOV_20));
        assertThat(decider.evolve(decider.fold(List.of(created)), events.get(0)).timeline().phases())
                .isEqualTo(extended);
    }

    @Test
    void an_unchanged_timeline_records_nothing_and_an_unknown_edition_is_not_found() {
        assertThat(decider.decide(new ChangeTimeline(ID, PHASES, "org", "same", NOV_1), decider.fold(List.of(created))))
                .isEmpty();
        assertThatThrownBy(() -> decider.decide(new ChangeTimeline(ID, PHASES, "org", "x", NOV_1),
                decider.initialState())).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void results_are_published_only_after_voting_closes_and_only_once() {
        Edition edition = decider.fold(List.of(created));

        assertThatThrownBy(() -> decider.decide(new PublishResults(ID, "org", NOV_20), edition))
                .isInstanceOf(DomainRuleException.class).hasMessageContaining("PUBLIC_VOTING");
        List<EditionEvent> events = decider.decide(new PublishResults(ID, "org", DEC_1), edition);
        assertThat(events).containsExactly(new ResultsPublished(ID, "org", DEC_1));
        assertThat(decider.decide(new PublishResults(ID, "org", DEC_3), decider.fold(List.of(created,
                events.get(0))))).isEmpty();
    }

    @Test
    void semi_finalists_are_confirmed_inside_the_selection_window() {
        Edition edition = decider.fold(List.of(created));

        List<EditionEvent> events = decider.decide(new SelectSemiFinalists(ID, List.of(amina),
                Set.of(amina.entryId()), "org", DEC_1), edition);

        assertThat(events).containsExactly(new SemiFinalistsSelected(ID, List.of(amina), "org", DEC_1));
        DomainRuleException outside = org.junit.jupiter.api.Assertions.assertThrows(DomainRuleException.class,
                () -> decider.decide(new SelectSemiFinalists(ID, List.of(amina), Set.of(amina.entryId()), "org",
                        DEC_3), edition));
        assertThat(outside.extensions()).containsEntry("phase", "SEMI_FINAL_SELECTION")
                .containsEntry("opensAt", DEC_1.toString()).containsEntry("closesAt", DEC_3.toString());
    }

    @Test
    void a_choice_outside_the_proposal_needs_a_reason_and_the_count_must_match() {
        Edition edition = decider.fold(List.of(created));
        SemiFinalist withReason = new SemiFinalist(amina.entryId(), "sub-a", "Maji Safi", "KE", "a@example.org",
                "only entry from the region");

        assertThatThrownBy(() -> decider.decide(new SelectSemiFinalists(ID, List.of(amina), Set.of(), "org", DEC_1),
                edition)).isInstanceOf(DomainRuleException.class).hasMessageContaining("reason");
        assertThat(decider.decide(new SelectSemiFinalists(ID, List.of(withReason), Set.of(), "org", DEC_1), edition))
                .hasSize(1);
        assertThatThrownBy(() -> decider.decide(new SelectSemiFinalists(ID, List.of(), Set.of(), "org", DEC_1),
                edition)).isInstanceOf(DomainRuleException.class).hasMessageContaining("exactly 1");
    }

    @Test
    void semi_finalists_are_confirmed_once() {
        Edition selected = decider.fold(List.of(created,
                new SemiFinalistsSelected(ID, List.of(amina), "org", DEC_1)));

        assertThatThrownBy(() -> decider.decide(new SelectSemiFinalists(ID, List.of(amina), Set.of(amina.entryId()),
                "org", DEC_1), selected)).isInstanceOf(ConflictException.class);
    }
}
