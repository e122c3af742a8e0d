package org.hlc.learning.assignment;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hlc.learning.assignment.AssignmentCommand.AllocatePeerReviews;
import org.hlc.learning.assignment.AssignmentCommand.ChangeDueDate;
import org.hlc.learning.assignment.AssignmentCommand.PublishAssignment;
import org.hlc.learning.membership.MembershipQuery;
import org.hlc.learning.programme.ProgrammeService;
import org.hlc.learning.roster.RosterPerson;
import org.hlc.learning.roster.RosterQuery;
import org.hlc.platform.eventstore.AppendRequest;
import org.hlc.platform.eventstore.CommandHandler;
import org.hlc.platform.eventstore.CommandResult;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.eventstore.ExpectedVersion;
import org.hlc.platform.eventstore.Folded;
import org.hlc.platform.http.ResourceNotFoundException;
import org.hlc.platform.security.RequestContext;

@ApplicationScoped
public class AssignmentService {
    static final String STREAM_TYPE = "assignment";
    private static final ZoneId UTC = ZoneId.of("UTC");
    static final AssignmentDecider DECIDER = new AssignmentDecider();

    private final EventStore store;
    private final CommandHandler handler;
    private final ProgrammeService programmes;
    private final SubmissionLog submissions;
    private final RosterQuery roster;
    private final MembershipQuery membership;
    private final Clock clock;

    public AssignmentService(EventStore store, CommandHandler handler, ProgrammeService programmes,
            SubmissionLog submissions, RosterQuery roster, MembershipQuery membership) {
        this.store = store;
        this.handler = handler;
        this.programmes = programmes;
        this.submissions = submissions;
        this.roster = roster;
        this.membership = membership;
        this.clock = Clock.systemUTC();
    }

    static String streamId(UUID assignmentId) {
        return "assignment-" + assignmentId;
    }

    Instant now() {
        return Instant.now(clock);
    }

    public Uni<CommandResult<AssignmentEvent, Assignment>> publish(PublishAssignmentRequest request,
            RequestContext caller) {
        UUID assignmentId = UUID.randomUUID();
        return programmes.get(request.programmeId()).flatMap(programme -> {
            if (programme.state().module(request.moduleId()).isEmpty()) {
                throw new ResourceNotFoundException("module", request.moduleId().toString());
            }
            PublishAssignment command = new PublishAssignment(assignmentId, request.programmeId(),
                    request.moduleId(), request.title().strip(), request.instructions(), request.dueAt(),
                    request.rubric() == null ? List.of() : List.copyOf(request.rubric()), caller.subject(), now());
            List<AssignmentEvent> events = DECIDER.decide(command, DECIDER.initialState());
            return store.append(new AppendRequest(streamId(assignmentId), STREAM_TYPE, ExpectedVersion.noStream(),
                    events), caller.metadata())
                    .map(version -> new CommandResult<>(streamId(assignmentId), version, events,
                            DECIDER.fold(events)));
        });
    }

    public Uni<CommandResult<AssignmentEvent, Assignment>> changeDueDate(UUID assignmentId, Instant dueAt,
            long ifMatch, RequestContext caller) {
        return get(assignmentId).flatMap(current -> handler.handle(streamId(assignmentId), STREAM_TYPE, DECIDER,
                new ChangeDueDate(dueAt, now()), Optional.of(ifMatch), caller.metadata()));
    }

    /**
     * Allocation sees every submission in the log and the authors' coaching groups in the programme's cohort (from
     * the coaching-groups read model), so that reviewers come from other groups.
     */
    public Uni<CommandResult<AssignmentEvent, Assignment>> allocatePeerReviews(UUID assignmentId, int k,
            RequestContext caller) {
        return get(assignmentId).flatMap(current -> programmes.get(current.state().programmeId()))
                .flatMap(programme -> membership.groupsByPerson(programme.state().cohort()))
                .flatMap(groups -> submissions.authors(assignmentId).flatMap(authors -> handler.handle(
                        streamId(assignmentId), STREAM_TYPE, DECIDER,
                        new AllocatePeerReviews(k, authors, groups, now()),
                        Optional.empty(), caller.metadata())));
    }

    public Uni<Folded<Assignment>> get(UUID assignmentId) {
        return store.load(streamId(assignmentId), DECIDER.initialState(),
                (state, event) -> DECIDER.evolve(state, (AssignmentEvent) event)).map(folded -> {
                    if (!folded.exists()) {
                        throw new ResourceNotFoundException("assignment", assignmentId.toString());
                    }
                    return folded;
                });
    }

    /** The caller's zone from the roster; UTC for callers who are not on it (e.g. organizers). */
    public Uni<ZoneId> zoneOf(RequestContext caller) {
        return roster.bySubject(caller.subject())
                .map(person -> person.map(RosterPerson::zone).orElse(UTC));
    }
}
