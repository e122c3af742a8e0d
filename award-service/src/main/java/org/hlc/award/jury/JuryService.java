package org.hlc.award.jury;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.hlc.award.edition.Edition;
import org.hlc.award.edition.EditionService;
import org.hlc.award.edition.SemiFinalist;
import org.hlc.award.entry.Entry;
import org.hlc.award.entry.EntryService;
import org.hlc.award.entry.EntryStatus;
import org.hlc.award.export.Csv;
import org.hlc.award.jury.JuryCommand.AnnounceWinners;
import org.hlc.award.jury.JuryCommand.AppointJuror;
import org.hlc.award.jury.JuryCommand.AssignEntries;
import org.hlc.award.jury.JuryCommand.CloseRound;
import org.hlc.award.jury.JuryCommand.DeclareConflict;
import org.hlc.award.jury.JuryCommand.DefineRubric;
import org.hlc.award.jury.JuryCommand.SelectFinalists;
import org.hlc.award.jury.JuryCommand.SubmitScores;
import org.hlc.award.jury.JuryRequests.AssignmentRequest;
import org.hlc.award.jury.JuryRequests.ConflictRequest;
import org.hlc.award.jury.JuryRequests.CriterionRequest;
import org.hlc.award.jury.JuryRequests.FinalistsRequest;
import org.hlc.award.jury.JuryRequests.RubricRequest;
import org.hlc.award.jury.JuryRequests.ScoreRequest;
import org.hlc.award.jury.JuryRequests.WinnersRequest;
import org.hlc.award.jury.JuryViews.ConflictView;
import org.hlc.award.jury.JuryViews.RankedEntryView;
import org.hlc.award.jury.conflicts.ConflictFlags;
import org.hlc.award.jury.conflicts.JuryPerson;
import org.hlc.award.jury.conflicts.PeopleQuery;
import org.hlc.award.jury.ranking.Ranking;
import org.hlc.award.jury.scores.ScoreSheet;
import org.hlc.award.jury.scores.ScoreSheetQuery;
import org.hlc.platform.eventstore.AppendRequest;
import org.hlc.platform.eventstore.CommandHandler;
import org.hlc.platform.eventstore.CommandResult;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.eventstore.ExpectedVersion;
import org.hlc.platform.eventstore.Folded;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.InvalidInputException;
import org.hlc.platform.http.InvalidParam;
import org.hlc.platform.http.PreconditionFailedException;
import org.hlc.platform.http.Versions;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;

@ApplicationScoped
public class JuryService {
    static final String STREAM_TYPE = "jury";
    static final JuryDecider DECIDER = new JuryDecider();

    private final EventStore store;
    private final CommandHandler handler;
    private final EditionService editions;
    private final EntryService entries;
    private final ScoreSheetQuery sheets;
    private final PeopleQuery people;

    public JuryService(EventStore store, CommandHandler handler, EditionService editions, EntryService entries,
            ScoreSheetQuery sheets, PeopleQuery people) {
        this.store = store;
        this.handler = handler;
        this.editions = editions;
        this.entries = entries;
        this.sheets = sheets;
        this.people = people;
    }

    public static String streamId(UUID editionId) {
        return "jury-" + editionId;
    }

    /** The jury of an existing edition (404 for an unknown edition); version 0 while nothing happened. */
    public Uni<Folded<Jury>> get(UUID editionId) {
        return editions.get(editionId).flatMap(edition -> load(editionId));
    }

    private Uni<Folded<Jury>> load(UUID editionId) {
        return store.load(streamId(editionId), DECIDER.initialState(),
                (state, event) -> DECIDER.evolve(state, (JuryEvent) event));
    }

    public Uni<CommandResult<JuryEvent, Jury>> appoint(UUID editionId, UUID personId, Optional<Long> ifMatch,
            RequestContext caller) {
        return editions.get(editionId).flatMap(edition -> people.byId(personId).flatMap(person -> {
            JuryPerson juror = person.filter(JuryPerson::juryRole).orElseThrow(() -> new DomainRuleException(
                    "not-a-juror", "person " + personId + " does not hold the jury role", Map.of("personId",
                            personId)));
            if (juror.subject() == null) {
                throw new DomainRuleException("juror-without-account", "person " + personId
                        + " has no account subject yet", Map.of("personId", personId));
            }
            return run(editionId, new AppointJuror(editionId, personId, juror.subject(), caller.subject(),
                    edition.state().timeline(), editions.now()), ifMatch, caller);
        }));
    }

    public Uni<CommandResult<JuryEvent, Jury>> defineRubric(UUID editionId, RubricRequest request,
            Optional<Long> ifMatch, RequestContext caller) {
        Rubric rubric = rubric(request);
        return editions.get(editionId).flatMap(edition -> run(editionId, new DefineRubric(editionId, rubric,
                caller.subject(), edition.state().timeline(), editions.now()), ifMatch, caller));
    }

    static Rubric rubric(RubricRequest request) {
        List<InvalidParam> problems = new ArrayList<>();
        if (request.scaleMin() >= request.scaleMax()) {
            problems.add(new InvalidParam("scaleMax", "must be greater than scaleMin"));
        }
        Set<String> ids = new HashSet<>();
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < request.criteria().size(); i++) {
            CriterionRequest c = request.criteria().get(i);
            if (!ids.add(c.id())) {
                problems.add(new InvalidParam("criteria[" + i + "].id", "appears more than once"));
            }
            criteria.add(new Criterion(c.id(), c.name().strip(), c.weight(),
                    c.description() == null || c.description().isBlank() ? null : c.description().strip()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Rubric(criteria, request.scaleMin(), request.scaleMax());
    }

    public Uni<CommandResult<JuryEvent, Jury>> assign(UUID editionId, AssignmentRequest request,
            Optional<Long> ifMatch, RequestContext caller) {
        int k = request.k() == null ? 3 : request.k();
        long seed = request.seed() == null ? editionId.getMostSignificantBits() ^ editionId.getLeastSignificantBits()
                : request.seed();
        if (request.entryIds() != null) {
            Set<UUID> seen = new HashSet<>();
            for (int i = 0; i < request.entryIds().size(); i++) {
                if (!seen.add(request.entryIds().get(i))) {
                    throw new InvalidInputException("entryIds[" + i + "]", "appears more than once");
                }
            }
        }
        return editions.get(editionId).flatMap(edition -> {
            Uni<List<UUID>> scope = request.entryIds() == null
                    ? Uni.createFrom().item(edition.state().semiFinalists().stream().map(SemiFinalist::entryId)
                            .toList())
                    : eligibleEntries(edition.state(), request.entryIds()).map(list -> list.stream()
                            .map(Entry::entryId).toList());
            return scope.flatMap(ids -> run(editionId, new AssignEntries(editionId, ids, k, seed, caller.subject(),
                    edition.state().timeline(), editions.now()), ifMatch, caller));
        });
    }

    public Uni<CommandResult<JuryEvent, Jury>> declareConflict(UUID editionId, ConflictRequest request,
            RequestContext caller) {
        String juror;
        if (request.jurorSubject() != null && !request.jurorSubject().equals(caller.subject())) {
            if (!caller.hasRole(Roles.ORGANIZER)) {
                throw new AccessDeniedException("only an organizer declares a conflict for another juror");
            }
            juror = request.jurorSubject();
        } else {
            juror = caller.subject();
        }
        return editions.get(editionId).flatMap(edition -> entries.get(request.entryId()).flatMap(entry -> {
            if (!edition.state().editionId().equals(entry.state().editionId())) {
                throw new DomainRuleException("entry-not-in-edition", "entry " + request.entryId()
                        + " belongs to another edition", Map.of("entryId", request.entryId()));
            }
            return run(editionId, new DeclareConflict(editionId, request.entryId(), juror, request.reason().strip(),
                    caller.subject(), edition.state().timeline(), editions.now()), Optional.empty(), caller);
        }));
    }

    public Uni<CommandResult<JuryEvent, Jury>> closeRound(UUID editionId, Optional<Long> ifMatch,
            RequestContext caller) {
        return editions.get(editionId).flatMap(edition -> run(editionId, new CloseRound(editionId, caller.subject(),
                edition.state().timeline(), editions.now()), ifMatch, caller));
    }

    /** Appends to the juror's sheet stream; If-Match is required once the sheet exists (428), stale → 412. */
    public Uni<ScoreSheet> submitScores(UUID editionId, UUID entryId, ScoreRequest request, String ifMatchHeader,
            RequestContext caller) {
        Map<String, Integer> values = wholeNumbers(request.scores());
        Optional<Long> ifMatch = Versions.ifMatch(ifMatchHeader);
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        String sheet = ScoreSheetQuery.streamId(editionId, caller.subject(), entryId);
        return editions.get(editionId).flatMap(edition -> load(editionId).flatMap(jury -> store.version(sheet)
                .flatMap(version -> {
                    List<JuryEvent> events = JuryDecider.decideScores(new SubmitScores(editionId, entryId,
                            caller.subject(), values, comment, edition.state().timeline(), editions.now()),
                            jury.state());
                    if (version > 0 && ifMatch.isEmpty()) {
                        Versions.requireIfMatch(ifMatchHeader);
                    }
                    if (ifMatch.isPresent() && ifMatch.get() != version) {
                        throw new PreconditionFailedException(sheet, ifMatch.get(), version);
                    }
                    JuryEvent.JuryScoresSubmitted submitted = (JuryEvent.JuryScoresSubmitted) events.get(0);
                    return store.append(new AppendRequest(sheet, ScoreSheetQuery.STREAM_TYPE,
                            ExpectedVersion.exactly(version), events), caller.metadata())
                            .map(newVersion -> new ScoreSheet(editionId, entryId, caller.subject(),
                                    submitted.scores(), submitted.comment(), submitted.submittedAt(), newVersion));
                })));
    }

    private static Map<String, Integer> wholeNumbers(Map<String, BigDecimal> scores) {
        Map<String, Integer> values = new TreeMap<>();
        List<InvalidParam> problems = new ArrayList<>();
        scores.forEach((id, value) -> {
            if (value == null) {
                return;
            }
            try {
                values.put(id, value.intValueExact());
            } catch (ArithmeticException e) {
                problems.add(new InvalidParam("scores[" + id + "]", "must be a whole number within the scale"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return values;
    }

    /** The scores a caller may see: organizers all; a juror only their own until the round closes (blind). */
    public Uni<JuryViews.SheetsView> sheets(UUID editionId, RequestContext caller) {
        return get(editionId).flatMap(jury -> {
            boolean organizer = caller.hasRole(Roles.ORGANIZER);
            if (!organizer && !jury.state().isJuror(caller.subject())) {
                throw new AccessDeniedException("only organizers and this edition's jurors see its scores");
            }
            boolean onlyOwn = !organizer && !jury.state().roundClosed();
            return sheets.sheets(editionId).map(all -> new JuryViews.SheetsView(editionId,
                    jury.state().roundClosed(), onlyOwn, all.stream()
                            .filter(s -> !onlyOwn || s.jurorSubject().equals(caller.subject()))
                            .map(s -> new JuryViews.SheetView(s.editionId(), s.entryId(), s.jurorSubject(),
                                    s.scores(), s.comment(), s.submittedAt(), s.version()))
                            .toList()));
        });
    }

    /** Sheets that count: by a juror who reviews the entry now (not recused), submitted no later than the close. */
    static boolean counts(Jury jury, ScoreSheet sheet) {
        return jury.reviews(sheet.jurorSubject(), sheet.entryId())
                && (jury.closedAt() == null || !sheet.submittedAt().isAfter(jury.closedAt()));
    }

    static List<Ranking.RankedEntry> rank(Jury jury, List<ScoreSheet> all) {
        if (jury.rubric() == null) {
            return List.of();
        }
        List<Ranking.Sheet> counted = new ArrayList<>();
        for (ScoreSheet sheet : all) {
            if (counts(jury, sheet)) {
                Map<String, Integer> values = new HashMap<>();
                sheet.scores().forEach(s -> values.put(s.criterionId(), s.value()));
                if (values.keySet().containsAll(jury.rubric().criteria().stream().map(Criterion::id).toList())) {
                    counted.add(new Ranking.Sheet(sheet.jurorSubject(), sheet.entryId(), values));
                }
            }
        }
        return Ranking.rank(jury.rubric(), counted);
    }

    public Uni<JuryViews.RankingView> ranking(UUID editionId) {
        return get(editionId).flatMap(jury -> sheets.sheets(editionId).flatMap(all -> {
            List<Ranking.RankedEntry> ranked = rank(jury.state(), all);
            return entriesById(ranked.stream().map(Ranking.RankedEntry::entryId).toList()).map(byId ->
                    new JuryViews.RankingView(editionId, jury.state().roundClosed(), Ranking.TIE_BREAK,
                            ranked.stream().map(r -> {
                                Entry entry = byId.get(r.entryId());
                                return new RankedEntryView(r.rank(), r.entryId(), entry.content().title(),
                                        entry.content().country(), r.raw(), r.normalised(), r.topScores(),
                                        r.sheets());
                            }).toList()));
        }));
    }

    /** Declared conflicts and flagged likely ones, over the assigned entries (or the semi-finalists before). */
    public Uni<JuryViews.ConflictsView> conflicts(UUID editionId) {
        return editions.get(editionId).flatMap(edition -> load(editionId).flatMap(folded -> {
            Jury jury = folded.state();
            Set<UUID> scope = new LinkedHashSet<>(jury.assignments().keySet());
            if (scope.isEmpty()) {
                edition.state().semiFinalists().forEach(s -> scope.add(s.entryId()));
            }
            jury.conflicts().keySet().forEach(key -> scope.add(UUID.fromString(key.substring(key.indexOf('|') + 1))));
            return entriesById(List.copyOf(scope)).flatMap(byId -> {
                Set<String> subjects = new HashSet<>(jury.jurors().keySet());
                byId.values().forEach(e -> subjects.add(e.applicantSubject()));
                return people.bySubjects(subjects).map(persons -> {
                    List<ConflictView> items = new ArrayList<>();
                    for (UUID entryId : scope.stream().sorted(Comparator.comparing(UUID::toString)).toList()) {
                        Entry entry = byId.get(entryId);
                        for (String juror : jury.jurors().keySet()) {
                            JuryPerson person = persons.get(juror);
                            List<String> flags = ConflictFlags.flags(person, entry.content().country(),
                                    persons.get(entry.applicantSubject()));
                            boolean declared = jury.declaredConflict(juror, entryId);
                            if (flags.isEmpty() && !declared) {
                                continue;
                            }
                            items.add(new ConflictView(entryId, entry.content().title(), juror,
                                    jury.jurors().get(juror), person == null ? null : person.displayName(), flags,
                                    declared, jury.conflicts().get(Jury.key(juror, entryId)),
                                    jury.reviews(juror, entryId), jury.isRecused(juror, entryId)));
                        }
                    }
                    return new JuryViews.ConflictsView(editionId, items);
                });
            });
        }));
    }

    /** One CSV row per juror × entry × criterion (RFC 4180 quoting). */
    public Uni<String> csv(UUID editionId) {
        return get(editionId).flatMap(jury -> sheets.sheets(editionId).flatMap(all -> entriesById(all.stream()
                .map(ScoreSheet::entryId).distinct().toList()).flatMap(byId -> people.bySubjects(jury.state()
                        .jurors().keySet()).map(persons -> {
                            StringBuilder csv = new StringBuilder(Csv.row(List.of("edition_id", "entry_id",
                                    "entry_title", "juror_subject", "juror_name", "criterion_id", "criterion_name",
                                    "weight", "score", "comment", "submitted_at", "sheet_version", "counted")));
                            Rubric rubric = jury.state().rubric();
                            for (ScoreSheet sheet : all) {
                                JuryPerson person = persons.get(sheet.jurorSubject());
                                boolean counted = counts(jury.state(), sheet);
                                for (CriterionScore score : sheet.scores()) {
                                    Optional<Criterion> criterion = rubric == null ? Optional.empty()
                                            : rubric.criterion(score.criterionId());
                                    csv.append(Csv.row(Arrays.asList(editionId, sheet.entryId(),
                                            Csv.text(byId.get(sheet.entryId()).content().title()),
                                            sheet.jurorSubject(), person == null ? null : Csv.text(person.displayName()),
                                            score.criterionId(), criterion.map(c -> Csv.text(c.name())).orElse(null),
                                            criterion.map(c -> BigDecimal.valueOf(c.weight()).stripTrailingZeros()
                                                    .toPlainString()).orElse(null),
                                            score.value(), Csv.text(sheet.comment()), sheet.submittedAt(),
                                            sheet.version(), counted)));
                                }
                            }
                            return csv.toString();
                        }))));
    }

    public Uni<CommandResult<JuryEvent, Jury>> selectFinalists(UUID editionId, FinalistsRequest request,
            Optional<Long> ifMatch, RequestContext caller) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < request.finalists().size(); i++) {
            if (!seen.add(request.finalists().get(i).entryId())) {
                throw new InvalidInputException("finalists[" + i + "].entryId", "appears more than once");
            }
        }
        return editions.get(editionId).flatMap(edition -> load(editionId).flatMap(jury -> sheets.sheets(editionId)
                .flatMap(all -> eligibleEntries(edition.state(), request.finalists().stream()
                        .map(JuryRequests.FinalistChoice::entryId).toList()).flatMap(chosen -> {
                            List<UUID> ranking = rank(jury.state(), all).stream().map(Ranking.RankedEntry::entryId)
                                    .toList();
                            List<Finalist> finalists = new ArrayList<>();
                            for (int i = 0; i < chosen.size(); i++) {
                                String reason = request.finalists().get(i).overrideReason();
                                Entry entry = chosen.get(i);
                                finalists.add(new Finalist(entry.entryId(), entry.content().title(),
                                        entry.content().country(), reason == null || reason.isBlank() ? null
                                                : reason.strip()));
                            }
                            return run(editionId, new SelectFinalists(editionId, finalists, ranking,
                                    caller.subject(), edition.state().timeline(), editions.now()), ifMatch, caller);
                        }))));
    }

    public Uni<CommandResult<JuryEvent, Jury>> announceWinners(UUID editionId, WinnersRequest request,
            Optional<Long> ifMatch, RequestContext caller) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < request.winners().size(); i++) {
            if (!seen.add(request.winners().get(i).entryId())) {
                throw new InvalidInputException("winners[" + i + "].entryId", "appears more than once");
            }
        }
        return editions.get(editionId).flatMap(edition -> entriesById(List.copyOf(seen)).flatMap(byId -> {
            List<Winner> winners = request.winners().stream().map(w -> {
                Entry entry = byId.get(w.entryId());
                return new Winner(w.entryId(), entry.content().title(), entry.content().country(), w.rank(),
                        w.prize().strip());
            }).sorted(Comparator.comparingInt(Winner::rank)).toList();
            return run(editionId, new AnnounceWinners(editionId, winners, caller.subject(),
                    edition.state().timeline(), editions.now()), ifMatch, caller);
        }));
    }

    /** Entries of this edition that were accepted (422 otherwise; 404 for unknown ids), in the given order. */
    private Uni<List<Entry>> eligibleEntries(Edition edition, List<UUID> ids) {
        return entriesById(ids).map(byId -> ids.stream().map(id -> {
            Entry entry = byId.get(id);
            if (!entry.editionId().equals(edition.editionId()) || entry.status() != EntryStatus.ACCEPTED) {
                throw new DomainRuleException("entry-not-eligible", "entry " + id
                        + " is not an accepted entry of this edition", Map.of("entryId", id));
            }
            return entry;
        }).toList());
    }

    private Uni<Map<UUID, Entry>> entriesById(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<Uni<Entry>> loads = ids.stream().map(id -> entries.get(id).map(Folded::state)).toList();
        return Uni.join().all(loads).andFailFast().map(list -> {
            Map<UUID, Entry> byId = new HashMap<>();
            list.forEach(e -> byId.put(e.entryId(), e));
            return byId;
        });
    }

    private Uni<CommandResult<JuryEvent, Jury>> run(UUID editionId, JuryCommand command, Optional<Long> ifMatch,
            RequestContext caller) {
        return handler.handle(streamId(editionId), STREAM_TYPE, DECIDER, command, ifMatch, caller.metadata());
    }
}
