package org.hlc.award.edition;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hlc.award.edition.EditionCommand.ChangeTimeline;
import org.hlc.award.support.TtlCache;
import org.hlc.award.edition.EditionCommand.CreateEdition;
import org.hlc.award.edition.EditionCommand.PublishResults;
import org.hlc.award.edition.EditionCommand.SelectSemiFinalists;
import org.hlc.platform.eventstore.CommandHandler;
import org.hlc.platform.eventstore.CommandResult;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.eventstore.Folded;
import org.hlc.platform.http.ResourceNotFoundException;
import org.hlc.platform.security.RequestContext;

@ApplicationScoped
public class EditionService {
    static final String STREAM_TYPE = "edition";
    static final EditionDecider DECIDER = new EditionDecider();
    /**
     * How long a hot-path reader (voting) may reuse a folded edition. Changes made through this instance replace the
     * cached state at once; another instance's timeline change is seen within this time.
     */
    private static final Duration CACHE_TTL = Duration.ofSeconds(2);

    private final EventStore store;
    private final CommandHandler handler;
    private final Clock clock = Clock.systemUTC();
    private final TtlCache<UUID, Edition> cache = new TtlCache<>(CACHE_TTL, 10_000);

    public EditionService(EventStore store, CommandHandler handler) {
        this.store = store;
        this.handler = handler;
    }

    public static String streamId(UUID editionId) {
        return "edition-" + editionId;
    }

    public Instant now() {
        return clock.instant();
    }

    public Uni<CommandResult<EditionEvent, Edition>> create(CreateEditionRequest request, RequestContext caller) {
        UUID editionId = UUID.randomUUID();
        List<String> categories = request.categories().stream().map(String::strip).distinct().toList();
        RulesRequest rules = request.rules() == null ? new RulesRequest(null, null, null) : request.rules();
        CreateEdition command = new CreateEdition(editionId, request.name().strip(), request.year(), categories,
                Phases.validated(request.phases()), rules.toRules(), caller.subject(), now());
        return run(editionId, command, Optional.empty(), caller);
    }

    public Uni<CommandResult<EditionEvent, Edition>> changeTimeline(UUID editionId, ChangeTimelineRequest request,
            long ifMatch, RequestContext caller) {
        ChangeTimeline command = new ChangeTimeline(editionId, Phases.validated(request.phases()),
                caller.subject(), request.reason().strip(), now());
        return run(editionId, command, Optional.of(ifMatch), caller);
    }

    public Uni<CommandResult<EditionEvent, Edition>> publishResults(UUID editionId, Optional<Long> ifMatch,
            RequestContext caller) {
        return run(editionId, new PublishResults(editionId, caller.subject(), now()), ifMatch, caller);
    }

    public Uni<CommandResult<EditionEvent, Edition>> selectSemiFinalists(UUID editionId, List<SemiFinalist> chosen,
            Set<UUID> proposed, Optional<Long> ifMatch, RequestContext caller) {
        return run(editionId, new SelectSemiFinalists(editionId, chosen, proposed, caller.subject(), now()), ifMatch,
                caller);
    }

    /** The edition as stored now (for reads that hand out an ETag). */
    public Uni<Folded<Edition>> get(UUID editionId) {
        return store.load(streamId(editionId), DECIDER.initialState(),
                (state, event) -> DECIDER.evolve(state, (EditionEvent) event)).map(folded -> {
                    if (!folded.exists()) {
                        throw new ResourceNotFoundException("edition", editionId.toString());
                    }
                    cache.put(editionId, folded.state());
                    return folded;
                });
    }

    /** The edition for hot-path checks, possibly up to {@link #CACHE_TTL} old. */
    public Uni<Edition> current(UUID editionId) {
        return cache.get(editionId, id -> get(id).map(Folded::state));
    }

    private Uni<CommandResult<EditionEvent, Edition>> run(UUID editionId, EditionCommand command,
            Optional<Long> ifMatch, RequestContext caller) {
        return handler.handle(streamId(editionId), STREAM_TYPE, DECIDER, command, ifMatch, caller.metadata())
                .invoke(result -> cache.put(editionId, result.state()));
    }
}
