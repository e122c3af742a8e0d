package org.hlc.learning.programme;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hlc.learning.programme.ProgrammeCommand.AddMaterial;
import org.hlc.learning.programme.ProgrammeCommand.AddModule;
import org.hlc.learning.programme.ProgrammeCommand.CreateProgramme;
import org.hlc.platform.eventstore.AppendRequest;
import org.hlc.platform.eventstore.CommandHandler;
import org.hlc.platform.eventstore.CommandResult;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.eventstore.ExpectedVersion;
import org.hlc.platform.eventstore.Folded;
import org.hlc.platform.http.ResourceNotFoundException;
import org.hlc.platform.security.RequestContext;

@ApplicationScoped
public class ProgrammeService {
    static final String STREAM_TYPE = "programme";
    private static final ProgrammeDecider DECIDER = new ProgrammeDecider();

    private final EventStore store;
    private final CommandHandler handler;
    private final Clock clock;

    public ProgrammeService(EventStore store, CommandHandler handler) {
        this.store = store;
        this.handler = handler;
        this.clock = Clock.systemUTC();
    }

    public static String streamId(UUID programmeId) {
        return "programme-" + programmeId;
    }

    public Instant now() {
        return Instant.now(clock);
    }

    public Uni<CommandResult<ProgrammeEvent, Programme>> create(CreateProgrammeRequest request,
            RequestContext caller) {
        UUID programmeId = UUID.randomUUID();
        List<Week> weeks = request.weeks() == null ? Week.STANDARD : List.copyOf(request.weeks());
        CreateProgramme command = new CreateProgramme(programmeId, request.editionId(), request.title().strip(),
                request.startsOn(), request.endsOn(), weeks, caller.subject(), now());
        List<ProgrammeEvent> events = DECIDER.decide(command, DECIDER.initialState());
        return store.append(new AppendRequest(streamId(programmeId), STREAM_TYPE, ExpectedVersion.noStream(), events),
                caller.metadata())
                .map(version -> new CommandResult<>(streamId(programmeId), version, events, DECIDER.fold(events)));
    }

    public Uni<CommandResult<ProgrammeEvent, Programme>> addModule(UUID programmeId, AddModuleRequest request,
            Optional<Long> ifMatch, RequestContext caller) {
        AddModule command = new AddModule(UUID.randomUUID(), request.week(), request.topic(), request.title().strip(),
                now());
        return get(programmeId).flatMap(current -> handler.handle(streamId(programmeId), STREAM_TYPE, DECIDER,
                command, ifMatch, caller.metadata()));
    }

    public Uni<CommandResult<ProgrammeEvent, Programme>> addMaterial(UUID programmeId, UUID moduleId,
            AddMaterialRequest request, Optional<Long> ifMatch, RequestContext caller) {
        AddMaterial command = new AddMaterial(moduleId, UUID.randomUUID(), request.title().strip(),
                request.markdown(), request.links() == null ? List.of() : List.copyOf(request.links()),
                request.releaseAt(), now());
        return get(programmeId).flatMap(current -> handler.handle(streamId(programmeId), STREAM_TYPE, DECIDER,
                command, ifMatch, caller.metadata()));
    }

    public Uni<Folded<Programme>> get(UUID programmeId) {
        return store.load(streamId(programmeId), DECIDER.initialState(),
                (state, event) -> DECIDER.evolve(state, (ProgrammeEvent) event)).map(folded -> {
                    if (!folded.exists()) {
                        throw new ResourceNotFoundException("programme", programmeId.toString());
                    }
                    return folded;
                });
    }
}
