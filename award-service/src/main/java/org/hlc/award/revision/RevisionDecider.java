package org.hlc.award.revision;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hlc.award.edition.Phase;
import org.hlc.award.edition.PhaseWindow;
import org.hlc.award.edition.Timeline;
import org.hlc.award.revision.RevisionCommand.ExtendDeadline;
import org.hlc.award.revision.RevisionCommand.SubmitRevision;
import org.hlc.award.revision.RevisionEvent.ProposalDeadlineExtended;
import org.hlc.award.revision.RevisionEvent.RevisedProposalSubmitted;
import org.hlc.platform.eventstore.Decider;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.InvalidInputException;

/**
 * Revised proposals: only the applicant of a semi-finalist entry submits, from the opening of the
 * REVISED_PROPOSAL_DEADLINE phase until its close (the deadline) or, when the organizer extended it for this entry,
 * until the extended deadline. Submitting the same text as the latest version adds no version.
 */
public class RevisionDecider implements Decider<RevisionCommand, RevisionEvent, Revisions> {

    @Override
    public Revisions initialState() {
        return Revisions.NONE;
    }

    @Override
    public Revisions evolve(Revisions state, RevisionEvent event) {
        if (event instanceof RevisedProposalSubmitted e) {
            Revisions base = state.entryId() == null ? state.with(e.entryId(), state.extension()) : state;
            return base.with(new Revisions.Version(e.version(), e.text(), e.submittedAt()));
        }
        if (event instanceof ProposalDeadlineExtended e) {
            return state.with(e.entryId(), new Revisions.Extension(e.deadline(), e.reason(), e.grantedBy(),
                    e.grantedAt()));
        }
        return state;
    }

    @Override
    public List<RevisionEvent> decide(RevisionCommand command, Revisions state) {
        if (command instanceof SubmitRevision c) {
            return submit(c, state);
        }
        if (command instanceof ExtendDeadline c) {
            return extend(c, state);
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    /** The deadline that applies to this entry: the phase's close, or a later extension. */
    static Instant deadline(PhaseWindow window, Revisions state) {
        Instant deadline = window.closesAt();
        if (state.extension() != null && state.extension().deadline().isAfter(deadline)) {
            deadline = state.extension().deadline();
        }
        return deadline;
    }

    static PhaseWindow window(Timeline timeline) {
        return timeline.window(Phase.REVISED_PROPOSAL_DEADLINE).orElseThrow(() -> new DomainRuleException(
                "phase-not-scheduled", "the edition has no " + Phase.REVISED_PROPOSAL_DEADLINE + " phase",
                Map.of("phase", Phase.REVISED_PROPOSAL_DEADLINE.name())));
    }

    private static List<RevisionEvent> submit(SubmitRevision c, Revisions state) {
        if (!c.applicantSubject().equals(c.caller())) {
            throw new AccessDeniedException("only the applicant of the entry submits its revised proposal");
        }
        requireSemiFinalist(c.semiFinalist(), c);
        PhaseWindow window = window(c.timeline());
        if (c.now().isBefore(window.opensAt())) {
            c.timeline().requireOpen(Phase.REVISED_PROPOSAL_DEADLINE, c.now()); // 422 naming the phase and window
        }
        Instant deadline = deadline(window, state);
        if (!c.now().isBefore(deadline)) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("phase", Phase.REVISED_PROPOSAL_DEADLINE.name());
            extensions.put("deadline", deadline.toString());
            extensions.put("phaseClosesAt", window.closesAt().toString());
            if (state.extension() != null) {
                extensions.put("extendedUntil", state.extension().deadline().toString());
            }
            extensions.put("now", c.now().toString());
            throw new DomainRuleException("revised-proposal-late", "the revised proposal was due by " + deadline
                    + "; it is " + c.now() + ". Ask the organizer for an extension.", extensions);
        }
        if (state.latest().map(v -> v.text().equals(c.text())).orElse(false)) {
            return List.of();
        }
        return List.of(new RevisedProposalSubmitted(c.entryId(), c.editionId(), c.applicantSubject(),
                state.latestVersion() + 1, c.text(), deadline, c.now()));
    }

    private static List<RevisionEvent> extend(ExtendDeadline c, Revisions state) {
        requireSemiFinalist(c.semiFinalist(), c);
        PhaseWindow window = window(c.timeline());
        if (!c.deadline().isAfter(window.closesAt())) {
            throw new InvalidInputException("deadline", "must be after the revised-proposal deadline "
                    + window.closesAt());
        }
        if (!c.deadline().isAfter(c.now())) {
            throw new InvalidInputException("deadline", "must be in the future");
        }
        if (state.extension() != null && state.extension().deadline().equals(c.deadline())
                && state.extension().reason().equals(c.reason())) {
            return List.of();
        }
        return List.of(new ProposalDeadlineExtended(c.entryId(), c.editionId(), c.deadline(), c.reason(),
                c.grantedBy(), c.now()));
    }

    private static void requireSemiFinalist(boolean semiFinalist, RevisionCommand c) {
        if (!semiFinalist) {
            Object entryId = c instanceof SubmitRevision s ? s.entryId() : ((ExtendDeadline) c).entryId();
            throw new DomainRuleException("not-a-semi-finalist", "entry " + entryId
                    + " is not a confirmed semi-finalist; only semi-finalists revise their proposal",
                    Map.of("entryId", entryId));
        }
    }
}
