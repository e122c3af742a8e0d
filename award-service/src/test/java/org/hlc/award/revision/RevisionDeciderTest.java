package org.hlc.award.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.award.edition.Phase;
import org.hlc.award.edition.PhaseWindow;
import org.hlc.award.edition.Timeline;
import org.hlc.award.revision.RevisionCommand.ExtendDeadline;
import org.hlc.award.revision.RevisionCommand.SubmitRevision;
import org.hlc.award.revision.RevisionEvent.ProposalDeadlineExtended;
import org.hlc.award.revision.RevisionEvent.RevisedProposalSubmitted;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Given events / when command / then events. */
class RevisionDeciderTest {
    private static final UUID ENTRY = UUID.fromString("9a7c2e4b-1d3f-4a5b-8c6d-7e8f9a0b1c2d");
    private static final UUID EDITION = UUID.fromString("3f2c1a9e-6b1d-4c57-9a41-0d2f7e5b8c13");
    private static final Instant OPENS = Instant.parse("2026-12-05T00:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-12-17T23:59:59Z");
    private static final Instant EXTENDED = Instant.parse("2026-12-19T23:59:59Z");
    private static final Timeline TIMELINE = new Timeline(List.of(new PhaseWindow(Phase.REVISED_PROPOSAL_DEADLINE,
            OPENS, DEADLINE)));
    private final RevisionDecider decider = new RevisionDecider();

    private Revisions given(RevisionEvent... events) {
        Revisions state = decider.initialState();
        for (RevisionEvent event : events) {
            state = decider.evolve(state, event);
        }
        return state;
    }

    private static SubmitRevision submit(String caller, boolean semiFinalist, String text, Instant now) {
        return new SubmitRevision(ENTRY, EDITION, "amina", semiFinalist, caller, TIMELINE, text, now);
    }

    private static RevisedProposalSubmitted v(int version, String text) {
        return new RevisedProposalSubmitted(ENTRY, EDITION, "amina", version, text, DEADLINE, OPENS);
    }

    @Test
    void the_first_revision_is_version_2_and_the_next_one_version_3() {
        Instant now = Instant.parse("2026-12-10T10:00:00Z");
        assertThat(decider.decide(submit("amina", true, "v2", now), given()))
                .containsExactly(new RevisedProposalSubmitted(ENTRY, EDITION, "amina", 2, "v2", DEADLINE, now));
        assertThat(decider.decide(submit("amina", true, "v3", now), given(v(2, "v2"))))
                .extracting(e -> ((RevisedProposalSubmitted) e).version()).containsExactly(3);
    }

    @Test
    void the_same_text_as_the_latest_version_adds_nothing() {
        assertThat(decider.decide(submit("amina", true, "v2", OPENS), given(v(2, "v2")))).isEmpty();
    }

    @Test
    void someone_else_than_the_applicant_is_refused_and_a_non_semi_finalist_too() {
        assertThatThrownBy(() -> decider.decide(submit("otieno", true, "x", OPENS), given()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decider.decide(submit("amina", false, "x", OPENS), given()))
                .isInstanceOf(DomainRuleException.class).hasMessageContaining("not a confirmed semi-finalist");
    }

    @Test
    void at_the_deadline_it_is_late_before_the_phase_it_is_outside_the_window() {
        assertThatThrownBy(() -> decider.decide(submit("amina", true, "x", DEADLINE), given()))
                .isInstanceOf(DomainRuleException.class)
                .satisfies(e -> assertThat(((DomainRuleException) e).extensions())
                        .containsEntry("deadline", DEADLINE.toString()).containsEntry("rule", "revised-proposal-late"));
        assertThatThrownBy(() -> decider.decide(submit("amina", true, "x", OPENS.minusSeconds(1)), given()))
                .isInstanceOf(DomainRuleException.class)
                .satisfies(e -> assertThat(((DomainRuleException) e).extensions())
                        .containsEntry("rule", "outside-phase-window"));
    }

    @Test
    void an_extension_lets_that_entry_submit_until_the_new_deadline() {
        Revisions extended = given(new ProposalDeadlineExtended(ENTRY, EDITION, EXTENDED, "power cut", "org",
                DEADLINE));
        Instant late = DEADLINE.plusSeconds(3600);
        assertThat(decider.decide(submit("amina", true, "late", late), extended))
                .containsExactly(new RevisedProposalSubmitted(ENTRY, EDITION, "amina", 2, "late", EXTENDED, late));
        assertThatThrownBy(() -> decider.decide(submit("amina", true, "too late", EXTENDED), extended))
                .isInstanceOf(DomainRuleException.class);
    }

    @Test
    void an_extension_must_end_after_the_regular_deadline_and_in_the_future() {
        Instant now = DEADLINE.plusSeconds(60);
        assertThatThrownBy(() -> decider.decide(new ExtendDeadline(ENTRY, EDITION, true, TIMELINE, DEADLINE,
                "x", "org", now), given())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> decider.decide(new ExtendDeadline(ENTRY, EDITION, true, TIMELINE,
                now.minusSeconds(1), "x", "org", now), given())).isInstanceOf(InvalidInputException.class);
        assertThat(decider.decide(new ExtendDeadline(ENTRY, EDITION, true, TIMELINE, EXTENDED, "power cut", "org",
                now), given())).containsExactly(new ProposalDeadlineExtended(ENTRY, EDITION, EXTENDED, "power cut",
                        "org", now));
    }
}
