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
import org.hlc.platform.eventstore.StreamConflictException;
import org.hlc.learning.membership.MembershipQuery;
import org.hlc.learning.programme.ProgrammeEvent.MaterialRead;
import org.hlc.learning.roster.RosterQuery;
import org.hlc.platform.http.ResourceNotFoundException;
import org.hlc.platform.security.RequestContext;

@ApplicationScoped
public class ProgrammeService {
    static final String STREAM_TYPE = "programme";
    private static final ProgrammeDecider DECIDER = new ProgrammeDecider();

    private final EventStore store;
    private final CommandHandler handler;
    private final RosterQuery roster;
    private final MembershipQuery membership;
    private final Clock clock;

    public ProgrammeService(EventStore store, CommandHandler handler, RosterQuery roster, MembershipQuery membership) {
        this.store = store;
        this.handler = handler;
        this.roster = roster;
        this.membership = membership;
        this.clock = Clock.systemUTC();
    }

    static String materialReadStreamId(UUID materialId, UUID personId) {
        return "material-read-" + materialId + "-" + personId;
    }

    /**
     * One material of the programme; staff see it before its release, everyone else gets 404 until then. When the
     * reader is a learner of the programme, the first read is recorded (MaterialRead) for their progress.
     */
    public Uni<ProgrammeView.MaterialView> readMaterial(UUID programmeId, UUID materialId, boolean staff,
            RequestContext caller) {
        return get(programmeId).flatMap(folded -> {
            Programme programme = folded.state();
            Programme.Material material = programme.material(materialId)
                    .orElseThrow(() -> new ResourceNotFoundException("material", materialId.toString()));
            Instant now = now();
            if (!staff && !material.releasedBy(now)) {
                throw new ResourceNotFoundException("material", materialId.toString());
            }
            ProgrammeView.MaterialView view = ProgrammeView.material(material);
            if (staff) {
                return Uni.createFrom().item(view);
            }
            UUID moduleId = programme.moduleOf(materialId).orElseThrow().moduleId();
            return roster.bySubject(caller.subject()).flatMap(person -> {
                if (person.isEmpty() || !person.get().learner()) {
                    return Uni.createFrom().item(view);
                }
                UUID personId = person.get().personId();
                return membership.isLearner(personId, programme.editionId(), programme.cohort()).flatMap(member -> {
                    if (!member) {
                        return Uni.createFrom().item(view);
                    }
                    List<ProgrammeEvent> events = List.of(new MaterialRead(programmeId, moduleId, materialId,
                            personId, now));
                    return store.append(new AppendRequest(materialReadStreamId(materialId, personId), "material-read",
                            ExpectedVersion.noStream(), events), caller.metadata()).replaceWith(view)
                            .onFailure(StreamConflictException.class).recoverWithItem(view);
                });
            });
        });
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
        CreateProgramme command = new CreateProgramme(programmeId, request.editionId(), request.cohort(),
                request.title().strip(),
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
