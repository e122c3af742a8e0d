package org.hlc.learning.progress;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.learning.membership.CoachingGroup;
import org.hlc.learning.membership.MembershipQuery;
import org.hlc.learning.programme.ProgrammeService;
import org.hlc.learning.roster.RosterQuery;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.ResourceNotFoundException;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;

@Path("/progress")
@Tag(name = "Progress", description = "What each participant has done: material seen, submissions, reviews, feedback, "
        + "posts, reflections, webinars attended; who is behind")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ProgressResource {
    static final String PROGRESS_EXAMPLE = """
            {"personId": "0b6f3c1e-5d7a-4f2b-9c8e-1a2b3c4d5e6f", "modulesSeen": 2, "materialsRead": 3,
             "submissionsOnTime": 1, "submissionsLate": 0, "reviewsGiven": 2, "reviewsReceived": 2,
             "coachFeedbackReceived": 1, "postsWritten": 1, "reflectionsGiven": 4, "webinarsAttended": 3,
             "webinarMinutes": 160}""";
    private static final String GROUP_EXAMPLE = """
            {"groupId": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7", "name": "East Africa 1", "cohort": "2015-programme",
             "coachPersonId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "asOf": "2015-03-05T18:00:00Z", "webinarsHeld": 4,
             "learnerCount": 5, "behindCount": 1, "learners": [{"personId": "0b6f3c1e-5d7a-4f2b-9c8e-1a2b3c4d5e6f",
             "displayName": "Amina Njoroge", "timeZone": "Africa/Nairobi",
             "groupId": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7", "groupName": "East Africa 1", "behind": true,
             "missing": [{"assignmentId": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f", "title": "Your revenue model",
             "dueAt": "2015-03-06T17:00:00Z", "dueLocal": "2015-03-06T20:00+03:00", "overdue": false}],
             "progress": {"personId": "0b6f3c1e-5d7a-4f2b-9c8e-1a2b3c4d5e6f", "modulesSeen": 1, "materialsRead": 1,
             "submissionsOnTime": 0,
             "submissionsLate": 0, "reviewsGiven": 0, "reviewsReceived": 0, "coachFeedbackReceived": 0,
             "postsWritten": 0, "reflectionsGiven": 1, "webinarsAttended": 1, "webinarMinutes": 55}}]}""";

    private final ProgressQuery progress;
    private final ProgressViews views;
    private final BehindQuery headers;
    private final MembershipQuery membership;
    private final ProgrammeService programmes;
    private final RosterQuery roster;
    private final RequestContext caller;

    public ProgressResource(ProgressQuery progress, ProgressViews views, BehindQuery headers,
            MembershipQuery membership, ProgrammeService programmes, RosterQuery roster, RequestContext caller) {
        this.progress = progress;
        this.views = views;
        this.headers = headers;
        this.membership = membership;
        this.programmes = programmes;
        this.roster = roster;
        this.caller = caller;
    }

    /** @param webinarsHeld webinars of the cohort's programmes held so far (started, not cancelled) */
    public record GroupProgress(UUID groupId, String name, String cohort, UUID coachPersonId, Instant asOf,
            int webinarsHeld, int learnerCount, int behindCount, List<ProgressViews.LearnerProgress> learners) {
    }

    /** @param webinarsHeld webinars of the programme held so far (from webinar-service: started, not cancelled) */
    public record ProgrammeProgress(UUID programmeId, String title, Instant asOf, int webinarsHeld,
            int learnerCount, int behindCount, List<ProgressViews.LearnerProgress> learners) {
    }

    @GET
    @Path("/me")
    @Operation(summary = "The caller's own progress")
    @APIResponse(responseCode = "200", description = "Counts; webinar attendance comes from webinar-service events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "progress", value = PROGRESS_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Not on the roster")
    public Uni<Progress> mine() {
        return roster.bySubject(caller.subject()).flatMap(person -> progress.of(person.orElseThrow(
                () -> new AccessDeniedException("you are not on the programme roster")).personId()));
    }

    @GET
    @Path("/{personId}")
    @RolesAllowed({ Roles.ORGANIZER, Roles.COACH })
    @Operation(summary = "A participant's progress (coaches and organizers)")
    @APIResponse(responseCode = "200", description = "Counts (all zero for someone who has done nothing yet)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "progress", value = PROGRESS_EXAMPLE)))
    public Uni<Progress> of(@PathParam("personId") String personId) {
        UUID id = Ids.uuid("personId", personId);
        return progress.of(id);
    }

    @GET
    @Path("/groups/{groupId}")
    @RolesAllowed({ Roles.ORGANIZER, Roles.COACH })
    @Operation(summary = "Coach view: the progress of every learner in a coaching group, those behind first",
            description = "For the group's coach (or an organizer). A learner is behind when an assignment of a "
                    + "programme of the group's cohort is due within 24 h (or overdue) and they have not submitted; "
                    + "missing lists those assignments.")
    @APIResponse(responseCode = "200", description = "The group's learners", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "group", value = GROUP_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "A coach of another group")
    @APIResponse(responseCode = "404", description = "Unknown group")
    public Uni<GroupProgress> group(@PathParam("groupId") String groupId) {
        UUID id = Ids.uuid("groupId", groupId);
        Instant now = Instant.now();
        return membership.group(id).flatMap(found -> {
            CoachingGroup group = found.orElseThrow(() -> new ResourceNotFoundException("group", id.toString()));
            return mayView(group).flatMap(allowed -> {
                if (!allowed) {
                    throw new AccessDeniedException("you are not the coach of this group");
                }
                return headers.programmesOfCohort(group.cohort()).flatMap(programmeIds -> headers
                        .webinarsHeld(programmeIds, now).flatMap(held -> membership.membersOfGroup(id)
                                .flatMap(members -> views.of(members, programmeIds, now))
                                .map(rows -> new GroupProgress(id, group.name(), group.cohort(), group.coachPersonId(),
                                        now, held, rows.size(),
                                        (int) rows.stream().filter(ProgressViews.LearnerProgress::behind).count(),
                                        rows))));
            });
        });
    }

    @GET
    @Path("/programmes/{programmeId}")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Organizer view: the progress of every learner of a programme, those behind first")
    @APIResponse(responseCode = "200", description = "The programme's learners with their group and progress")
    @APIResponse(responseCode = "404", description = "Unknown programme")
    public Uni<ProgrammeProgress> programme(@PathParam("programmeId") String programmeId) {
        UUID id = Ids.uuid("programmeId", programmeId);
        Instant now = Instant.now();
        return programmes.get(id).flatMap(folded -> headers.webinarsHeld(List.of(id), now).flatMap(held -> membership
                .learners(folded.state().editionId(), folded.state().cohort())
                .flatMap(members -> views.of(members, List.of(id), now))
                .map(rows -> new ProgrammeProgress(id, folded.state().title(), now, held, rows.size(),
                        (int) rows.stream().filter(ProgressViews.LearnerProgress::behind).count(), rows))));
    }

    private Uni<Boolean> mayView(CoachingGroup group) {
        if (caller.hasRole(Roles.ORGANIZER)) {
            return Uni.createFrom().item(true);
        }
        return roster.bySubject(caller.subject()).map(person -> person.isPresent() && group.coachPersonId() != null
                && group.coachPersonId().equals(person.get().personId()));
    }
}
