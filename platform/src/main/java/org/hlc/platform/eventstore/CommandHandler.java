package org.hlc.platform.eventstore;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.hlc.platform.http.PreconditionFailedException;

/** Load → fold → decide → append with the folded version as expectation: the one way commands run. */
@ApplicationScoped
public class CommandHandler {
    private final EventStore store;

    public CommandHandler(EventStore store) {
        this.store = store;
    }

    /**
     * @param ifMatch the version the client last saw (If-Match); a stale one fails with 412 before deciding
     */
    @SuppressWarnings("unchecked")
    public <C, E, S> Uni<CommandResult<E, S>> handle(String streamId, String streamType, Decider<C, E, S> decider,
            C command, Optional<Long> ifMatch, EventMetadata metadata) {
        return store.load(streamId, decider.initialState(), (state, event) -> decider.evolve(state, (E) event))
                .flatMap(folded -> {
                    if (ifMatch.isPresent() && ifMatch.get() != folded.version()) {
                        throw new PreconditionFailedException(streamId, ifMatch.get(), folded.version());
                    }
                    List<E> events = decider.decide(command, folded.state());
                    if (events.isEmpty()) {
                        return Uni.createFrom().item(
                                new CommandResult<>(streamId, folded.version(), events, folded.state()));
                    }
                    S state = folded.state();
                    for (E event : events) {
                        state = decider.evolve(state, event);
                    }
                    S newState = state;
                    AppendRequest request = new AppendRequest(streamId, streamType,
                            ExpectedVersion.exactly(folded.version()), events);
                    return store.append(request, metadata)
                            .map(version -> new CommandResult<>(streamId, version, events, newState));
                });
    }
}
