package org.hlc.learning.assignment;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hlc.learning.assignment.SubmissionCommand.GiveFeedback;
import org.hlc.learning.assignment.SubmissionCommand.ReviewSubmission;
import org.hlc.learning.assignment.SubmissionCommand.Submit;
import org.hlc.learning.membership.MembershipQuery;
import org.hlc.learning.programme.ProgrammeService;
import org.hlc.learning.roster.RosterPerson;
import org.hlc.learning.roster.RosterQuery;
import org.hlc.platform.eventstore.CommandHandler;
import org.hlc.platform.eventstore.CommandResult;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.eventstore.Folded;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.ResourceNotFoundException;
import org.hlc.platform.security.RequestContext;

@ApplicationScoped
public class SubmissionService {
    static final String STREAM_TYPE = "submission";
    static final SubmissionDecider DECIDER = new SubmissionDecider();

    private final EventStore store;
    private final CommandHandler handler;
    private final AssignmentService assignments;
    private final SubmissionLog log;
    private final RosterQuery roster;
    private final ProgrammeService programmes;
    private final MembershipQuery membership;
    private final Clock clock;

    public SubmissionService(EventStore store, CommandHandler handler, AssignmentService assignments,
            SubmissionLog log, RosterQuery roster, ProgrammeService programmes, MembershipQuery membership) {
        this.store = store;
        this.handler = handler;
        this.assignments = assignments;
        this.log = log;
        this.roster = roster;
        this.programmes = programmes;
        this.membership = membership;
        this.clock = Clock.systemUTC();
    }

    /** One submission per person and assignment: its id, and so its stream, is derived from both. */
    public static UUID submissionId(UUID assignmentId, UUID personId) {
        return UUID.nameUUIDFromBytes(("submission:" + assignmentId + ":" + personId)
                .getBytes(StandardCharsets.UTF_8));
    }

    static String streamId(UUID submissionId) {
        return "submission-" + submissionId;
    }

    public Uni<CommandResult<SubmissionEvent, Submission>> submit(UUID assignmentId, SubmitRequest request,
            RequestContext caller) {
        return learner(caller).flatMap(learner -> assignments.get(assignmentId).flatMap(assignment -> programmes
                .get(assignment.state().programmeId()).flatMap(programme -> membership.requireLearner(
                        caller.subject(), programme.state().editionId(), programme.state().cohort()))
                .flatMap(person -> {
                    UUID submissionId = submissionId(assignmentId, person.personId());
                    Submit command = new Submit(submissionId, assignmentId, person.personId(), request.text(),
                            request.links() == null ? List.of() : List.copyOf(request.links()),
                            assignment.state().dueAt(), Instant.now(clock));
                    return handler.handle(streamId(submissionId), STREAM_TYPE, DECIDER, command, Optional.empty(),
                            caller.metadata());
                })));
    }

    /**
     * Only the coach of the author's coaching group (in the programme's cohort) gives feedback on a submission;
     * any other coach gets 403.
     */
    public Uni<CommandResult<SubmissionEvent, Submission>> giveFeedback(UUID assignmentId, UUID submissionId,
            FeedbackRequest request, RequestContext caller) {
        return onRoster(caller).flatMap(coach -> get(assignmentId, submissionId).flatMap(current -> assignments
                .get(assignmentId).flatMap(assignment -> programmes.get(assignment.state().programmeId()))
                .flatMap(programme -> membership.groupOf(current.state().personId(), programme.state().cohort()))
                .flatMap(group -> {
                    if (group.isEmpty() || !coach.personId().equals(group.get().coachPersonId())) {
                        throw new AccessDeniedException("you are not the coach of this participant's coaching group");
                    }
                    return handler.handle(streamId(submissionId), STREAM_TYPE, DECIDER,
                            new GiveFeedback(caller.subject(), request.comment(), Instant.now(clock)),
                            Optional.empty(), caller.metadata());
                })));
    }

    public Uni<CommandResult<SubmissionEvent, Submission>> review(UUID assignmentId, UUID submissionId,
            ReviewRequest request, RequestContext caller) {
        return onRoster(caller).flatMap(person -> assignments.get(assignmentId)
                .flatMap(assignment -> get(assignmentId, submissionId).flatMap(current -> handler.handle(
                        streamId(submissionId), STREAM_TYPE, DECIDER,
                        new ReviewSubmission(assignment.state(), person.personId(), List.copyOf(request.scores()),
                                request.comment(), Instant.now(clock)),
                        Optional.empty(), caller.metadata()))));
    }

    public Uni<Folded<Submission>> mine(UUID assignmentId, RequestContext caller) {
        return onRoster(caller).flatMap(person -> assignments.get(assignmentId)
                .flatMap(assignment -> get(assignmentId, submissionId(assignmentId, person.personId()))));
    }

    public Uni<List<Submission>> all(UUID assignmentId) {
        return assignments.get(assignmentId).flatMap(assignment -> log.authors(assignmentId))
                .flatMap(authors -> {
                    if (authors.isEmpty()) {
                        return Uni.createFrom().item(List.<Submission>of());
                    }
                    List<Uni<Submission>> loads = new ArrayList<>();
                    for (UUID submissionId : authors.keySet()) {
                        loads.add(get(assignmentId, submissionId).map(Folded::state));
                    }
                    return Uni.join().all(loads).andFailFast();
                });
    }

    /** The submissions allocated to the caller for review, with the caller's reviews so far. */
    public Uni<List<Submission>> allocatedToMe(UUID assignmentId, RequestContext caller) {
        return onRoster(caller).flatMap(person -> assignments.get(assignmentId).flatMap(assignment -> {
            List<ReviewAllocation> mine = assignment.state().allocatedTo(person.personId());
            if (mine.isEmpty()) {
                return Uni.createFrom().item(List.<Submission>of());
            }
            List<Uni<Submission>> loads = new ArrayList<>();
            for (ReviewAllocation allocation : mine) {
                loads.add(get(assignmentId, allocation.submissionId()).map(Folded::state));
            }
            return Uni.join().all(loads).andFailFast();
        }));
    }

    public Uni<Folded<Submission>> get(UUID assignmentId, UUID submissionId) {
        return store.load(streamId(submissionId), DECIDER.initialState(),
                (state, event) -> DECIDER.evolve(state, (SubmissionEvent) event)).map(folded -> {
                    if (!folded.exists() || !folded.state().assignmentId().equals(assignmentId)) {
                        throw new ResourceNotFoundException("submission", submissionId.toString());
                    }
                    return folded;
                });
    }

    public Uni<RosterPerson> onRoster(RequestContext caller) {
        return roster.bySubject(caller.subject()).map(person -> person.orElseThrow(
                () -> new AccessDeniedException("you are not on the programme roster")));
    }

    private Uni<RosterPerson> learner(RequestContext caller) {
        return onRoster(caller).map(person -> {
            if (!person.learner()) {
                throw new AccessDeniedException("only learners of the programme submit assignments");
            }
            return person;
        });
    }
}
