package org.hlc.award.jury;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hlc.award.edition.Phase;
import org.hlc.award.edition.PhaseWindow;
import org.hlc.award.edition.Timeline;
import org.hlc.award.jury.JuryCommand.AnnounceWinners;
import org.hlc.award.jury.JuryCommand.AppointJuror;
import org.hlc.award.jury.JuryCommand.AssignEntries;
import org.hlc.award.jury.JuryCommand.CloseRound;
import org.hlc.award.jury.JuryCommand.DeclareConflict;
import org.hlc.award.jury.JuryCommand.DefineRubric;
import org.hlc.award.jury.JuryCommand.SelectFinalists;
import org.hlc.award.jury.JuryCommand.SubmitScores;
import org.hlc.award.jury.JuryEvent.FinalistsSelected;
import org.hlc.award.jury.JuryEvent.JurorAppointed;
import org.hlc.award.jury.JuryEvent.JurorRecused;
import org.hlc.award.jury.JuryEvent.JuryAssignmentsMade;
import org.hlc.award.jury.JuryEvent.JuryConflictDeclared;
import org.hlc.award.jury.JuryEvent.JuryRoundClosed;
import org.hlc.award.jury.JuryEvent.JuryScoresSubmitted;
import org.hlc.award.jury.JuryEvent.RubricDefined;
import org.hlc.award.jury.JuryEvent.WinnersAnnounced;
import org.hlc.platform.eventstore.Decider;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.ConflictException;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.InvalidInputException;
import org.hlc.platform.http.InvalidParam;

/**
 * The jury's rules. Phases: set-up (appoint, rubric, assignment) and conflicts until JURY_REVIEW closes; scores while
 * JURY_REVIEW is open and the round is not closed; closing the round once JURY_REVIEW has opened; finalists while
 * FINALIST_ANNOUNCEMENT is open and after the round closed; winners while WINNERS_ANNOUNCEMENT is open and after the
 * PITCH_EVENT closed.
 */
public class JuryDecider implements Decider<JuryCommand, JuryEvent, Jury> {
    public static final int FINALISTS = 6;

    @Override
    public Jury initialState() {
        return Jury.NONE;
    }

    @Override
    public Jury evolve(Jury state, JuryEvent event) {
        if (event instanceof JurorAppointed e) {
            return state.withJuror(e.editionId(), e.jurorSubject(), e.personId());
        }
        if (event instanceof RubricDefined e) {
            return state.withRubric(e.editionId(), new Rubric(e.criteria(), e.scaleMin(), e.scaleMax()));
        }
        if (event instanceof JuryAssignmentsMade e) {
            return state.withAssignments(e.jurorsPerEntry(), e.seed(), e.assignments());
        }
        if (event instanceof JuryConflictDeclared e) {
            return state.withConflict(e.jurorSubject(), e.entryId(), e.reason());
        }
        if (event instanceof JurorRecused e) {
            return state.withRecusal(e.entryId(), e.jurorSubject(), e.replacementJurorSubject());
        }
        if (event instanceof JuryRoundClosed e) {
            return state.withClosed(e.closedAt());
        }
        if (event instanceof FinalistsSelected e) {
            return state.withFinalists(e.finalists());
        }
        if (event instanceof WinnersAnnounced e) {
            return state.withWinners(e.winners());
        }
        return state;
    }

    @Override
    public List<JuryEvent> decide(JuryCommand command, Jury state) {
        if (command instanceof AppointJuror c) {
            requireBeforeEnd(c.timeline(), Phase.JURY_REVIEW, c.now());
            requireRoundOpen(state);
            if (state.isJuror(c.jurorSubject())) {
                return List.of();
            }
            return List.of(new JurorAppointed(c.editionId(), c.personId(), c.jurorSubject(), c.by(), c.now()));
        }
        if (command instanceof DefineRubric c) {
            requireBeforeEnd(c.timeline(), Phase.JURY_REVIEW, c.now());
            if (state.assigned()) {
                throw new ConflictException("rubric-locked",
                        "entries are already assigned to jurors; the rubric can no longer change");
            }
            if (c.rubric().equals(state.rubric())) {
                return List.of();
            }
            return List.of(new RubricDefined(c.editionId(), c.rubric().criteria(), c.rubric().scaleMin(),
                    c.rubric().scaleMax(), c.by(), c.now()));
        }
        if (command instanceof AssignEntries c) {
            return assign(c, state);
        }
        if (command instanceof DeclareConflict c) {
            return declareConflict(c, state);
        }
        if (command instanceof CloseRound c) {
            PhaseWindow review = scheduled(c.timeline(), Phase.JURY_REVIEW);
            if (c.now().isBefore(review.opensAt())) {
                throw outside(review, c.now());
            }
            if (!state.assigned()) {
                throw new DomainRuleException("no-assignments", "no entries were assigned to jurors yet");
            }
            return state.roundClosed() ? List.of() : List.of(new JuryRoundClosed(c.editionId(), c.by(), c.now()));
        }
        if (command instanceof SelectFinalists c) {
            return selectFinalists(c, state);
        }
        if (command instanceof AnnounceWinners c) {
            return announceWinners(c, state);
        }
        if (command instanceof SubmitScores c) {
            throw new IllegalArgumentException("scores are decided by decideScores, on the sheet stream");
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    /**
     * A juror's scores for one entry: only an appointed juror assigned to the entry and not recused from it (403),
     * while the round is open (422) and JURY_REVIEW is open (422), every criterion scored within the scale (400 naming
     * {@code scores[criterionId]}).
     */
    public static List<JuryEvent> decideScores(SubmitScores c, Jury state) {
        if (state.rubric() == null) {
            throw new DomainRuleException("rubric-required", "the organizer has not defined the rubric yet");
        }
        if (state.isRecused(c.jurorSubject(), c.entryId())) {
            throw new AccessDeniedException("you are recused from entry " + c.entryId());
        }
        if (!state.reviews(c.jurorSubject(), c.entryId())) {
            throw new AccessDeniedException("entry " + c.entryId() + " is not assigned to you");
        }
        requireRoundOpen(state);
        c.timeline().requireOpen(Phase.JURY_REVIEW, c.now());
        Rubric rubric = state.rubric();
        List<InvalidParam> problems = new ArrayList<>();
        for (String id : c.scores().keySet()) {
            if (rubric.criterion(id).isEmpty()) {
                problems.add(new InvalidParam("scores[" + id + "]", "is not a criterion of the rubric"));
            }
        }
        List<CriterionScore> scores = new ArrayList<>();
        for (Criterion criterion : rubric.criteria()) {
            Integer value = c.scores().get(criterion.id());
            String field = "scores[" + criterion.id() + "]";
            if (value == null) {
                problems.add(new InvalidParam(field, "is required"));
            } else if (value < rubric.scaleMin() || value > rubric.scaleMax()) {
                problems.add(new InvalidParam(field, "must be between " + rubric.scaleMin() + " and "
                        + rubric.scaleMax()));
            } else {
                scores.add(new CriterionScore(criterion.id(), value));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return List.of(new JuryScoresSubmitted(c.editionId(), c.entryId(), c.jurorSubject(), scores, c.comment(),
                c.now()));
    }

    private static List<JuryEvent> assign(AssignEntries c, Jury state) {
        requireBeforeEnd(c.timeline(), Phase.JURY_REVIEW, c.now());
        requireRoundOpen(state);
        if (state.assigned()) {
            throw new ConflictException("already-assigned", "the entries of this edition are already assigned");
        }
        if (state.rubric() == null) {
            throw new DomainRuleException("rubric-required", "define the rubric before assigning entries");
        }
        if (c.entryIds().isEmpty()) {
            throw new DomainRuleException("no-entries", "no entries to assign: select the semi-finalists first or "
                    + "name the entries");
        }
        if (state.jurors().size() < c.k()) {
            throw new DomainRuleException("not-enough-jurors", c.k() + " jurors per entry asked, "
                    + state.jurors().size() + " appointed", Map.of("k", c.k(), "jurors", state.jurors().size()));
        }
        try {
            List<Assignment> made = Allocator.allocate(c.entryIds(), state.jurors().keySet(), c.k(), c.seed(),
                    state::declaredConflict);
            return List.of(new JuryAssignmentsMade(c.editionId(), c.k(), c.seed(), made, c.by(), c.now()));
        } catch (Allocator.NotEnoughJurors e) {
            throw new DomainRuleException("not-enough-eligible-jurors", e.getMessage(),
                    Map.of("entryId", e.entryId(), "eligible", e.eligible(), "k", c.k()));
        }
    }

    private static List<JuryEvent> declareConflict(DeclareConflict c, Jury state) {
        if (!state.isJuror(c.jurorSubject())) {
            throw new AccessDeniedException("only an appointed juror of this edition declares conflicts");
        }
        requireBeforeEnd(c.timeline(), Phase.JURY_REVIEW, c.now());
        requireRoundOpen(state);
        if (state.declaredConflict(c.jurorSubject(), c.entryId())) {
            return List.of();
        }
        List<JuryEvent> events = new ArrayList<>();
        events.add(new JuryConflictDeclared(c.editionId(), c.entryId(), c.jurorSubject(), c.reason(), c.by(),
                c.now()));
        if (state.reviews(c.jurorSubject(), c.entryId())) {
            Set<String> excluded = new HashSet<>(state.assignments().get(c.entryId()));
            excluded.addAll(state.recused().getOrDefault(c.entryId(), Set.of()));
            excluded.add(c.jurorSubject());
            state.jurors().keySet().stream().filter(j -> state.declaredConflict(j, c.entryId()))
                    .forEach(excluded::add);
            String replacement = Allocator.replacement(c.entryId(),
                    Allocator.tieOrder(state.jurors().keySet(), state.seed()), state.loads(), excluded).orElse(null);
            events.add(new JurorRecused(c.editionId(), c.entryId(), c.jurorSubject(), replacement, c.now()));
        }
        return events;
    }

    private static List<JuryEvent> selectFinalists(SelectFinalists c, Jury state) {
        c.timeline().requireOpen(Phase.FINALIST_ANNOUNCEMENT, c.now());
        if (!state.roundClosed()) {
            throw new DomainRuleException("jury-round-open", "close the jury round before selecting finalists");
        }
        if (!state.finalists().isEmpty()) {
            throw new ConflictException("finalists-already-selected", "the finalists are already confirmed");
        }
        if (c.chosen().size() != FINALISTS) {
            throw new DomainRuleException("finalist-count", "confirm exactly " + FINALISTS + " finalists, got "
                    + c.chosen().size(), Map.of("expected", FINALISTS, "actual", c.chosen().size()));
        }
        List<UUID> top = c.ranking().subList(0, Math.min(FINALISTS, c.ranking().size()));
        for (Finalist finalist : c.chosen()) {
            if (!c.ranking().contains(finalist.entryId())) {
                throw new DomainRuleException("finalist-not-ranked", "entry " + finalist.entryId()
                        + " has no jury scores", Map.of("entryId", finalist.entryId()));
            }
            if (!top.contains(finalist.entryId()) && blank(finalist.overrideReason())) {
                throw new DomainRuleException("override-reason-required", "entry " + finalist.entryId()
                        + " is not in the jury's top " + FINALISTS + "; give a reason to choose it",
                        Map.of("entryId", finalist.entryId()));
            }
        }
        return List.of(new FinalistsSelected(c.editionId(), List.copyOf(c.chosen()), c.by(), c.now()));
    }

    private static List<JuryEvent> announceWinners(AnnounceWinners c, Jury state) {
        PhaseWindow pitch = scheduled(c.timeline(), Phase.PITCH_EVENT);
        c.timeline().requireClosed(pitch.phase(), c.now());
        c.timeline().requireOpen(Phase.WINNERS_ANNOUNCEMENT, c.now());
        if (state.finalists().isEmpty()) {
            throw new DomainRuleException("finalists-not-selected", "confirm the finalists before the winners");
        }
        if (!state.winners().isEmpty()) {
            throw new ConflictException("winners-already-announced", "the winners are already announced");
        }
        Set<UUID> finalists = new HashSet<>();
        state.finalists().forEach(f -> finalists.add(f.entryId()));
        for (Winner winner : c.winners()) {
            if (!finalists.contains(winner.entryId())) {
                throw new DomainRuleException("winner-not-finalist", "entry " + winner.entryId()
                        + " is not a finalist", Map.of("entryId", winner.entryId()));
            }
        }
        return List.of(new WinnersAnnounced(c.editionId(), List.copyOf(c.winners()), c.by(), c.now()));
    }

    private static void requireRoundOpen(Jury state) {
        if (state.roundClosed()) {
            throw new DomainRuleException("jury-round-closed", "the jury round closed at " + state.closedAt(),
                    Map.of("closedAt", state.closedAt().toString()));
        }
    }

    private static PhaseWindow scheduled(Timeline timeline, Phase phase) {
        return timeline.window(phase).orElseThrow(() -> new DomainRuleException("phase-not-scheduled",
                "the edition has no " + phase + " phase", Map.of("phase", phase.name())));
    }

    /** Refuses (422 naming the phase and window) once {@code phase} has closed. */
    static void requireBeforeEnd(Timeline timeline, Phase phase, Instant now) {
        PhaseWindow window = scheduled(timeline, phase);
        if (!now.isBefore(window.closesAt())) {
            throw outside(window, now);
        }
    }

    private static DomainRuleException outside(PhaseWindow window, Instant now) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("phase", window.phase().name());
        extensions.put("opensAt", window.opensAt().toString());
        extensions.put("closesAt", window.closesAt().toString());
        extensions.put("now", now.toString());
        return new DomainRuleException("outside-phase-window", window.phase() + " is open from " + window.opensAt()
                + " until " + window.closesAt() + "; it is " + now, extensions);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
