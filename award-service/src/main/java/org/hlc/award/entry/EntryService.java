package org.hlc.award.entry;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.hlc.award.edition.Edition;
import org.hlc.award.edition.EditionService;
import org.hlc.award.support.TtlCache;
import org.hlc.award.entry.EntryCommand.EditEntry;
import org.hlc.award.entry.EntryCommand.ReviewEntry;
import org.hlc.award.entry.EntryCommand.SubmitEntry;
import org.hlc.award.entry.EntryCommand.WithdrawEntry;
import org.hlc.platform.eventstore.CommandHandler;
import org.hlc.platform.eventstore.CommandResult;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.eventstore.Folded;
import org.hlc.platform.http.InvalidInputException;
import org.hlc.platform.http.ResourceNotFoundException;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;

@ApplicationScoped
public class EntryService {
    static final String STREAM_TYPE = "entry";
    public static final EntryDecider DECIDER = new EntryDecider();

    /** Same trade-off as the edition cache: a withdrawal on another instance stops votes within this time. */
    private static final Duration CACHE_TTL = Duration.ofSeconds(2);

    private final TtlCache<UUID, Entry> cache = new TtlCache<>(CACHE_TTL, 100_000);
    private final EventStore store;
    private final CommandHandler handler;
    private final EditionService editions;

    public EntryService(EventStore store, CommandHandler handler, EditionService editions) {
        this.store = store;
        this.handler = handler;
        this.editions = editions;
    }

    public static String streamId(UUID entryId) {
        return "entry-" + entryId;
    }

    public Uni<CommandResult<EntryEvent, Entry>> submit(UUID editionId, EntryRequest request, RequestContext caller) {
        return editions.get(editionId).flatMap(edition -> {
            EntryContent content = request.toContent();
            requireCategory(edition.state(), content);
            UUID entryId = UUID.randomUUID();
            SubmitEntry command = new SubmitEntry(entryId, editionId, caller.subject(), content,
                    edition.state().timeline(), editions.now());
            return run(entryId, command, Optional.empty(), caller);
        });
    }

    public Uni<CommandResult<EntryEvent, Entry>> edit(UUID entryId, EntryRequest request, long ifMatch,
            RequestContext caller) {
        return get(entryId).flatMap(entry -> editions.get(entry.state().editionId()).flatMap(edition -> {
            EntryContent content = request.toContent();
            requireCategory(edition.state(), content);
            EditEntry command = new EditEntry(entryId, caller.subject(), content, edition.state().timeline(),
                    editions.now());
            return run(entryId, command, Optional.of(ifMatch), caller);
        }));
    }

    public Uni<CommandResult<EntryEvent, Entry>> withdraw(UUID entryId, WithdrawRequest request,
            Optional<Long> ifMatch, RequestContext caller) {
        String reason = request == null || request.reason() == null ? null : request.reason().strip();
        WithdrawEntry command = new WithdrawEntry(entryId, caller.subject(), caller.hasRole(Roles.ORGANIZER), reason,
                editions.now());
        return get(entryId).flatMap(entry -> run(entryId, command, ifMatch, caller));
    }

    public Uni<CommandResult<EntryEvent, Entry>> review(UUID entryId, ReviewRequest request, Optional<Long> ifMatch,
            RequestContext caller) {
        boolean accept = request.decision() == ReviewRequest.Decision.ACCEPT;
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (!accept && reason == null) {
            throw new InvalidInputException("reason", "is required to reject an entry");
        }
        ReviewEntry command = new ReviewEntry(entryId, accept, caller.subject(), reason, editions.now());
        return get(entryId).flatMap(entry -> run(entryId, command, ifMatch, caller));
    }

    /** The entry for the vote hot path, possibly up to {@link #CACHE_TTL} old. */
    public Uni<Entry> current(UUID entryId) {
        return cache.get(entryId, id -> get(id).map(Folded::state));
    }

    private Uni<CommandResult<EntryEvent, Entry>> run(UUID entryId, EntryCommand command, Optional<Long> ifMatch,
            RequestContext caller) {
        return handler.handle(streamId(entryId), STREAM_TYPE, DECIDER, command, ifMatch, caller.metadata())
                .invoke(result -> cache.put(entryId, result.state()));
    }

    public Uni<Folded<Entry>> get(UUID entryId) {
        return store.load(streamId(entryId), DECIDER.initialState(),
                (state, event) -> DECIDER.evolve(state, (EntryEvent) event)).map(folded -> {
                    if (!folded.exists()) {
                        throw new ResourceNotFoundException("entry", entryId.toString());
                    }
                    return folded;
                });
    }

    static boolean isApplicantOrOrganizer(Entry entry, RequestContext caller) {
        return caller.hasRole(Roles.ORGANIZER) || entry.applicantSubject().equals(caller.subject());
    }

    private static void requireCategory(Edition edition, EntryContent content) {
        if (!edition.categories().contains(content.category())) {
            throw new InvalidInputException("category", "must be one of the edition's categories "
                    + edition.categories());
        }
    }
}
