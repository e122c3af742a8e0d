package org.hlc.award.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
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
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.ConflictException;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.InvalidInputException;
import org.hlc.platform.http.InvalidParam;
import org.junit.jupiter.api.Test;

class JuryDeciderTest {
    private static final UUID EDITION = UUID.fromString("3f2c1a9e-6b1d-4c57-9a41-0d2f7e5b8c13");
    private static final Instant REVIEW_OPENS = Instant.parse("2027-01-05T00:00:00Z");
    private static final Instant DURING = Instant.parse("2027-01-10T00:00:00Z");
    private static final Instant REVIEW_CLOSES = Instant.parse("2027-01-25T00:00:00Z");
    private static final Instant ANNOUNCING = Instant.parse("2027-01-27T00:00:00Z");
    private static final Instant AFTER_PITCH = Instant.parse("2027-02-05T12:00:00Z");
    private static final Timeline TIMELINE = new Timeline(List.of(
            new PhaseWindow(Phase.JURY_REVIEW, REVIEW_OPENS, REVIEW_CLOSES),
            new PhaseWindow(Phase.FINALIST_ANNOUNCEMENT, REVIEW_CLOSES, Instant.parse("2027-01-30T00:00:00Z")),
            new PhaseWindow(Phase.PITCH_EVENT, Instant.parse("2027-02-03T00:00:00Z"),
                    Instant.parse("2027-02-04T00:00:00Z")),
            new PhaseWindow(Phase.WINNERS_ANNOUNCEMENT, Instant.parse("2027-02-05T00:00:00Z"),
                    Instant.parse("2027-02-06T00:00:00Z"))));
    private static final Rubric RUBRIC = new Rubric(List.of(new Criterion("impact", "Impact", 2, null),
            new Criterion("feasibility", "Feasibility", 1, null)), 1, 10);
    private static final List<UUID> ENTRIES = IntStream.range(0, 8)
            .mapToObj(i -> UUID.fromString("00000000-0000-4000-8000-0000000000%02d".formatted(i))).toList();
    private static final List<String> JURORS = List.of("ja", "jb", "jc", "jd");

    private final JuryDecider decider = new JuryDecider();

    private List<JuryEvent> setUp() {
        List<JuryEvent> events = new ArrayList<>();
        for (String juror : JURORS) {
            events.add(new JurorAppointed(EDITION, UUID.nameUUIDFromBytes(juror.getBytes()), juror, "org", DURING));
        }
        events.add(new RubricDefined(EDITION, RUBRIC.criteria(), 1, 10, "org", DURING));
        return events;
    }

    private List<JuryEvent> assigned() {
        List<JuryEvent> events = setUp();
        events.addAll(decider.decide(new AssignEntries(EDITION, ENTRIES, 3, 5, "org", TIMELINE, DURING),
                decider.fold(events)));
        return events;
    }

    @Test
    void appointing_records_juror_appointed_once() {
        Jury none = decider.initialState();
        UUID person = UUID.randomUUID();
        assertThat(decider.decide(new AppointJuror(EDITION, person, "ja", "org", TIMELINE, DURING), none))
                .containsExactly(new JurorAppointed(EDITION, person, "ja", "org", DURING));
        Jury one = decider.fold(List.of(new JurorAppointed(EDITION, person, "ja", "org", DURING)));
        assertThat(decider.decide(new AppointJuror(EDITION, person, "ja", "org", TIMELINE, DURING), one)).isEmpty();
    }

    @Test
    void set_up_after_jury_review_closed_is_refused_naming_the_phase_and_window() {
        assertThatThrownBy(() -> decider.decide(new AppointJuror(EDITION, UUID.randomUUID(), "ja", "org", TIMELINE,
                REVIEW_CLOSES), decider.initialState())).isInstanceOfSatisfying(DomainRuleException.class,
                        e -> assertThat(e.extensions()).containsEntry("rule", "outside-phase-window")
                                .containsEntry("phase", "JURY_REVIEW")
                                .containsEntry("opensAt", REVIEW_OPENS.toString())
                                .containsEntry("closesAt", REVIEW_CLOSES.toString()));
    }

    @Test
    void assignment_gives_each_entry_k_jurors_with_even_loads_and_locks_the_rubric() {
        List<JuryEvent> events = assigned();
        JuryAssignmentsMade made = (JuryAssignmentsMade) events.get(events.size() - 1);
        assertThat(made.assignments()).hasSize(8).allSatisfy(a -> assertThat(a.jurorSubjects()).hasSize(3));
        assertThat(decider.fold(events).loads()).containsOnly(Map.entry("ja", 6), Map.entry("jb", 6),
                Map.entry("jc", 6), Map.entry("jd", 6));

        assertThatThrownBy(() -> decider.decide(new DefineRubric(EDITION, new Rubric(RUBRIC.criteria(), 0, 5),
                "org", TIMELINE, DURING), decider.fold(events))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> decider.decide(new AssignEntries(EDITION, ENTRIES, 3, 5, "org", TIMELINE, DURING),
                decider.fold(events))).isInstanceOf(ConflictException.class);
    }

    @Test
    void assignment_needs_a_rubric_and_k_jurors() {
        List<JuryEvent> noRubric = setUp().subList(0, 4);
        assertThatThrownBy(() -> decider.decide(new AssignEntries(EDITION, ENTRIES, 3, 5, "org", TIMELINE, DURING),
                decider.fold(noRubric))).isInstanceOfSatisfying(DomainRuleException.class,
                        e -> assertThat(e.extensions()).containsEntry("rule", "rubric-required"));
        assertThatThrownBy(() -> decider.decide(new AssignEntries(EDITION, ENTRIES, 5, 5, "org", TIMELINE, DURING),
                decider.fold(setUp()))).isInstanceOfSatisfying(DomainRuleException.class,
                        e -> assertThat(e.extensions()).containsEntry("rule", "not-enough-jurors"));
    }

    @Test
    void a_declared_conflict_recuses_the_juror_and_hands_the_entry_to_the_free_juror_keeping_k() {
        List<JuryEvent> events = assigned();
        Jury jury = decider.fold(events);
        UUID entry = ENTRIES.get(0);
        List<String> before = jury.assignments().get(entry);
        String leaving = before.get(0);
        String free = JURORS.stream().filter(j -> !before.contains(j)).findFirst().orElseThrow();

        List<JuryEvent> decided = decider.decide(new DeclareConflict(EDITION, entry, leaving, "my cousin", leaving,
                TIMELINE, DURING), jury);

        assertThat(decided).containsExactly(
                new JuryConflictDeclared(EDITION, entry, leaving, "my cousin", leaving, DURING),
                new JurorRecused(EDITION, entry, leaving, free, DURING));
        events.addAll(decided);
        Jury after = decider.fold(events);
        assertThat(after.assignments().get(entry)).hasSize(3).contains(free).doesNotContain(leaving);
        assertThat(after.isRecused(leaving, entry)).isTrue();
        assertThat(decider.decide(new DeclareConflict(EDITION, entry, leaving, "again", leaving, TIMELINE, DURING),
                after)).isEmpty();
    }

    @Test
    void a_conflict_declared_before_the_assignment_keeps_the_pair_apart() {
        List<JuryEvent> events = setUp();
        events.add(new JuryConflictDeclared(EDITION, ENTRIES.get(2), "jb", "former employer", "jb", DURING));
        events.addAll(decider.decide(new AssignEntries(EDITION, ENTRIES, 3, 5, "org", TIMELINE, DURING),
                decider.fold(events)));
        assertThat(decider.fold(events).assignments().get(ENTRIES.get(2))).hasSize(3).doesNotContain("jb");
    }

    @Test
    void only_appointed_jurors_declare_conflicts() {
        assertThatThrownBy(() -> decider.decide(new DeclareConflict(EDITION, ENTRIES.get(0), "stranger", "x",
                "stranger", TIMELINE, DURING), decider.fold(assigned()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_assigned_juror_scores_every_criterion_within_the_scale() {
        Jury jury = decider.fold(assigned());
        UUID entry = ENTRIES.get(0);
        String juror = jury.assignments().get(entry).get(0);

        assertThat(JuryDecider.decideScores(new SubmitScores(EDITION, entry, juror, Map.of("impact", 8,
                "feasibility", 6), "good", TIMELINE, DURING), jury)).containsExactly(new JuryScoresSubmitted(EDITION,
                        entry, juror, List.of(new CriterionScore("impact", 8), new CriterionScore("feasibility", 6)),
                        "good", DURING));
        assertThatThrownBy(() -> JuryDecider.decideScores(new SubmitScores(EDITION, entry, juror,
                Map.of("impact", 11, "feasibility", 0), null, TIMELINE, DURING), jury))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(params(e))
                        .containsExactly("scores[impact]", "scores[feasibility]"));
        assertThatThrownBy(() -> JuryDecider.decideScores(new SubmitScores(EDITION, entry, juror,
                Map.of("impact", 5, "novelty", 3), null, TIMELINE, DURING), jury))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(params(e))
                        .containsExactly("scores[novelty]", "scores[feasibility]"));
    }

    @Test
    void scoring_an_unassigned_entry_or_after_recusal_is_forbidden() {
        List<JuryEvent> events = assigned();
        Jury jury = decider.fold(events);
        UUID entry = ENTRIES.get(0);
        String outsider = JURORS.stream().filter(j -> !jury.assignments().get(entry).contains(j)).findFirst()
                .orElseThrow();
        String juror = jury.assignments().get(entry).get(0);
        Map<String, Integer> scores = Map.of("impact", 5, "feasibility", 5);
        assertThatThrownBy(() -> JuryDecider.decideScores(new SubmitScores(EDITION, entry, outsider, scores, null,
                TIMELINE, DURING), jury)).isInstanceOf(AccessDeniedException.class);

        events.addAll(decider.decide(new DeclareConflict(EDITION, entry, juror, "x", juror, TIMELINE, DURING), jury));
        assertThatThrownBy(() -> JuryDecider.decideScores(new SubmitScores(EDITION, entry, juror, scores, null,
                TIMELINE, DURING), decider.fold(events))).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("recused");
    }

    @Test
    void scoring_outside_jury_review_or_after_the_round_closed_is_refused() {
        List<JuryEvent> events = assigned();
        Jury jury = decider.fold(events);
        UUID entry = ENTRIES.get(0);
        String juror = jury.assignments().get(entry).get(0);
        Map<String, Integer> scores = Map.of("impact", 5, "feasibility", 5);
        assertThatThrownBy(() -> JuryDecider.decideScores(new SubmitScores(EDITION, entry, juror, scores, null,
                TIMELINE, REVIEW_CLOSES), jury)).isInstanceOfSatisfying(DomainRuleException.class,
                        e -> assertThat(e.extensions()).containsEntry("phase", "JURY_REVIEW"));

        events.addAll(decider.decide(new CloseRound(EDITION, "org", TIMELINE, DURING), jury));
        assertThat(events.get(events.size() - 1)).isEqualTo(new JuryRoundClosed(EDITION, "org", DURING));
        assertThatThrownBy(() -> JuryDecider.decideScores(new SubmitScores(EDITION, entry, juror, scores, null,
                TIMELINE, DURING), decider.fold(events))).isInstanceOfSatisfying(DomainRuleException.class,
                        e -> assertThat(e.extensions()).containsEntry("rule", "jury-round-closed"));
    }

    @Test
    void finalists_are_six_ranked_entries_with_reasons_outside_the_top_six() {
        List<JuryEvent> events = assigned();
        events.add(new JuryRoundClosed(EDITION, "org", DURING));
        Jury closed = decider.fold(events);
        List<UUID> ranking = ENTRIES.subList(0, 7); // ENTRIES[7] has no scores
        List<Finalist> top6 = ENTRIES.subList(0, 6).stream().map(e -> new Finalist(e, "t", "KE", null)).toList();

        assertThat(decider.decide(new SelectFinalists(EDITION, top6, ranking, "org", TIMELINE, ANNOUNCING), closed))
                .containsExactly(new FinalistsSelected(EDITION, top6, "org", ANNOUNCING));

        assertRule(() -> decider.decide(new SelectFinalists(EDITION, top6.subList(0, 5), ranking, "org", TIMELINE,
                ANNOUNCING), closed), "finalist-count");
        List<Finalist> withSeventh = new ArrayList<>(top6.subList(0, 5));
        withSeventh.add(new Finalist(ENTRIES.get(6), "t", "KE", null));
        assertRule(() -> decider.decide(new SelectFinalists(EDITION, withSeventh, ranking, "org", TIMELINE,
                ANNOUNCING), closed), "override-reason-required");
        withSeventh.set(5, new Finalist(ENTRIES.get(6), "t", "KE", "only entry from the region"));
        assertThat(decider.decide(new SelectFinalists(EDITION, withSeventh, ranking, "org", TIMELINE, ANNOUNCING),
                closed)).hasSize(1);
        List<Finalist> unranked = new ArrayList<>(top6.subList(0, 5));
        unranked.add(new Finalist(ENTRIES.get(7), "t", "KE", "reason"));
        assertRule(() -> decider.decide(new SelectFinalists(EDITION, unranked, ranking, "org", TIMELINE, ANNOUNCING),
                closed), "finalist-not-ranked");
        assertRule(() -> decider.decide(new SelectFinalists(EDITION, top6, ranking, "org", TIMELINE, DURING),
                closed), "outside-phase-window");
        assertRule(() -> decider.decide(new SelectFinalists(EDITION, top6, ranking, "org", TIMELINE, ANNOUNCING),
                decider.fold(assigned())), "jury-round-open");
    }

    @Test
    void winners_are_finalists_announced_after_the_pitch_event() {
        List<JuryEvent> events = assigned();
        events.add(new JuryRoundClosed(EDITION, "org", DURING));
        List<Finalist> top6 = ENTRIES.subList(0, 6).stream().map(e -> new Finalist(e, "t", "KE", null)).toList();
        events.add(new FinalistsSelected(EDITION, top6, "org", ANNOUNCING));
        Jury jury = decider.fold(events);
        List<Winner> winners = List.of(new Winner(ENTRIES.get(2), "t", "KE", 1, "Grand prize"),
                new Winner(ENTRIES.get(0), "t", "KE", 2, "Runner-up"));

        assertThat(decider.decide(new AnnounceWinners(EDITION, winners, "org", TIMELINE, AFTER_PITCH), jury))
                .containsExactly(new WinnersAnnounced(EDITION, winners, "org", AFTER_PITCH));
        assertRule(() -> decider.decide(new AnnounceWinners(EDITION, List.of(new Winner(ENTRIES.get(7), "t", "KE", 1,
                "x")), "org", TIMELINE, AFTER_PITCH), jury), "winner-not-finalist");
        assertRule(() -> decider.decide(new AnnounceWinners(EDITION, winners, "org", TIMELINE,
                Instant.parse("2027-02-03T12:00:00Z")), jury), "phase-not-closed");
        events.add(new WinnersAnnounced(EDITION, winners, "org", AFTER_PITCH));
        assertThatThrownBy(() -> decider.decide(new AnnounceWinners(EDITION, winners, "org", TIMELINE, AFTER_PITCH),
                decider.fold(events))).isInstanceOf(ConflictException.class);
    }

    private static void assertRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainRuleException.class,
                e -> assertThat(e.extensions()).containsEntry("rule", rule));
    }

    @SuppressWarnings("unchecked")
    private static List<String> params(InvalidInputException e) {
        return ((List<InvalidParam>) e.extensions().get("invalid-params")).stream().map(InvalidParam::name).toList();
    }
}
