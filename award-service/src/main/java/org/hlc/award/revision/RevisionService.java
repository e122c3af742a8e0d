package org.hlc.award.revision;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hlc.award.edition.Edition;
import org.hlc.award.edition.EditionService;
import org.hlc.award.edition.PhaseWindow;
import org.hlc.award.entry.Entry;
import org.hlc.award.entry.EntryService;
import org.hlc.award.revision.RevisionCommand.ExtendDeadline;
import org.hlc.award.revision.RevisionCommand.SubmitRevision;
import org.hlc.platform.eventstore.CommandHandler;
import org.hlc.platform.eventstore.CommandResult;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.eventstore.Folded;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.InvalidInputException;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;

@ApplicationScoped
public class RevisionService {
    static final String STREAM_TYPE = "proposal";
    static final RevisionDecider DECIDER = new RevisionDecider();

    private final EventStore store;
    private final CommandHandler handler;
    private final EditionService editions;
    private final EntryService entries;

    public RevisionService(EventStore store, CommandHandler handler, EditionService editions, EntryService entries) {
        this.store = store;
        this.handler = handler;
        this.editions = editions;
        this.entries = entries;
    }

    public static String streamId(UUID entryId) {
        return "proposal-" + entryId;
    }

    public Uni<CommandResult<RevisionEvent, Revisions>> submit(UUID entryId, RevisionRequest request,
            Optional<Long> ifMatch, RequestContext caller) {
        return context(entryId).flatMap(ctx -> handler.handle(streamId(entryId), STREAM_TYPE, DECIDER,
                new SubmitRevision(entryId, ctx.entry().editionId(), ctx.entry().applicantSubject(),
                        ctx.semiFinalist(), caller.subject(), ctx.edition().timeline(), normalise(request.text()),
                        editions.now()),
                ifMatch, caller.metadata()));
    }

    public Uni<CommandResult<RevisionEvent, Revisions>> extend(UUID entryId, ExtensionRequest request,
            RequestContext caller) {
        return context(entryId).flatMap(ctx -> handler.handle(streamId(entryId), STREAM_TYPE, DECIDER,
                new ExtendDeadline(entryId, ctx.entry().editionId(), ctx.semiFinalist(), ctx.edition().timeline(),
                        request.deadline(), request.reason().strip(), caller.subject(), editions.now()),
                Optional.empty(), caller.metadata()));
    }

    /** Versions and the diff of {@code version} (default: the latest) against the original; applicant, organizer, jury. */
    public Uni<RevisionView> view(UUID entryId, Integer version, RequestContext caller) {
        return context(entryId).flatMap(ctx -> {
            Entry entry = ctx.entry();
            if (!caller.hasRole(Roles.ORGANIZER) && !caller.hasRole(Roles.JURY)
                    && !entry.applicantSubject().equals(caller.subject())) {
                throw new AccessDeniedException("only the applicant, organizers and jurors read revised proposals");
            }
            return load(entryId).map(folded -> view(ctx, folded, version));
        });
    }

    private RevisionView view(Context ctx, Folded<Revisions> folded, Integer version) {
        Entry entry = ctx.entry();
        Revisions revisions = folded.state();
        int latest = revisions.latestVersion();
        int wanted = version == null ? latest : version;
        if (wanted < 1 || wanted > latest) {
            throw new InvalidInputException("version", "must be between 1 and the latest version " + latest);
        }
        String original = entry.content().summary();
        List<RevisionView.VersionInfo> versions = new ArrayList<>();
        versions.add(new RevisionView.VersionInfo(1, "ORIGINAL", entry.submittedAt(), original.length()));
        for (Revisions.Version v : revisions.versions()) {
            versions.add(new RevisionView.VersionInfo(v.version(), "REVISED", v.submittedAt(), v.text().length()));
        }
        String shownText = wanted == 1 ? original : revisions.versions().get(wanted - 2).text();
        PhaseWindow window = ctx.edition().timeline().window(org.hlc.award.edition.Phase.REVISED_PROPOSAL_DEADLINE)
                .orElse(null);
        return new RevisionView(entry.entryId(), entry.editionId(), entry.content().title(),
                window == null ? null : RevisionDecider.deadline(window, revisions),
                window == null ? null : window.closesAt(), revisions.extension(), latest, versions,
                new RevisionView.Shown(1, original), new RevisionView.Shown(wanted, shownText),
                TextDiff.diff(1, original, wanted, shownText), folded.version());
    }

    public Uni<Folded<Revisions>> load(UUID entryId) {
        return store.load(streamId(entryId), DECIDER.initialState(),
                (state, event) -> DECIDER.evolve(state, (RevisionEvent) event));
    }

    private record Context(Entry entry, Edition edition, boolean semiFinalist) {
    }

    private Uni<Context> context(UUID entryId) {
        return entries.get(entryId).flatMap(entry -> editions.get(entry.state().editionId()).map(edition -> new Context(
                entry.state(), edition.state(), edition.state().semiFinalists().stream()
                        .anyMatch(s -> s.entryId().equals(entryId)))));
    }

    /** Line ends as \n; trailing white space of the whole text dropped. */
    static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
    }
}
