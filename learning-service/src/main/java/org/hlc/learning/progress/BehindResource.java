package org.hlc.learning.progress;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.learning.assignment.AssignmentService;
import org.hlc.learning.membership.MembershipQuery;
import org.hlc.learning.membership.ProgrammeMember;
import org.hlc.learning.programme.ProgrammeService;
import org.hlc.learning.roster.RosterQuery;
import org.hlc.platform.http.Ids;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;

@Path("/progress/assignments/{assignmentId}/behind")
@Tag(name = "Progress")
@Produces(MediaType.APPLICATION_JSON)
public class BehindResource {
    private static final String EXAMPLE = """
            {"assignmentId": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f", "dueAt": "2015-03-06T17:00:00Z",
             "warnFrom": "2015-03-05T17:00:00Z", "behind": [{"personId": "0b6f3c1e-5d7a-4f2b-9c8e-1a2b3c4d5e6f",
             "displayName": "Amina Njoroge", "timeZone": "Africa/Nairobi",
             "groupId": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7"}]}""";

    private final AssignmentService assignments;
    private final ProgrammeService programmes;
    private final MembershipQuery membership;
    private final BehindQuery behind;
    private final RosterQuery roster;
    private final RequestContext caller;

    public BehindResource(AssignmentService assignments, ProgrammeService programmes, MembershipQuery membership,
            BehindQuery behind, RosterQuery roster, RequestContext caller) {
        this.assignments = assignments;
        this.programmes = programmes;
        this.membership = membership;
        this.behind = behind;
        this.roster = roster;
        this.caller = caller;
    }

    public record Learner(UUID personId, String displayName, String timeZone, UUID groupId) {
    }

    /** @param behind empty until {@code warnFrom}; from then on every learner in scope without a submission */
    public record BehindView(UUID assignmentId, Instant dueAt, Instant warnFrom, List<Learner> behind) {
    }

    @GET
    @RolesAllowed({ Roles.COACH, Roles.ORGANIZER })
    @Operation(summary = "Who is behind on one assignment: learners with no submission from 24 h before the deadline",
            description = "Organizers see every learner of the assignment's programme; a coach sees the learners of "
                    + "the coaching groups they coach.")
    @APIResponse(responseCode = "200", description = "The learners behind (empty before the 24 h window)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "one behind", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "Unknown assignment")
    public Uni<BehindView> behind(@PathParam("assignmentId") String assignmentId) {
        UUID id = Ids.uuid("assignmentId", assignmentId);
        return assignments.get(id).flatMap(folded -> {
            Instant dueAt = folded.state().dueAt();
            Instant warnFrom = dueAt.minus(ProgressViews.WARNING);
            if (Instant.now().isBefore(warnFrom)) {
                return Uni.createFrom().item(new BehindView(id, dueAt, warnFrom, List.of()));
            }
            return programmes.get(folded.state().programmeId()).flatMap(programme -> scope(
                    programme.state().editionId(), programme.state().cohort()))
                    .flatMap(members -> behind.submitted(List.of(id)).map(submitted -> new BehindView(id, dueAt,
                            warnFrom, members.stream()
                                    .filter(m -> !submitted.contains(id + "/" + m.personId()))
                                    .map(m -> new Learner(m.personId(), m.displayName(), m.timeZone(), m.groupId()))
                                    .toList())));
        });
    }

    private Uni<List<ProgrammeMember>> scope(UUID editionId, String cohort) {
        Uni<List<ProgrammeMember>> learners = membership.learners(editionId, cohort);
        if (caller.hasRole(Roles.ORGANIZER)) {
            return learners;
        }
        return roster.bySubject(caller.subject()).flatMap(coach -> coach.isEmpty()
                ? Uni.createFrom().item(List.<UUID>of())
                : membership.groupsCoachedBy(coach.get().personId(), cohort))
                .flatMap(groups -> learners.map(all -> all.stream()
                        .filter(m -> m.groupId() != null && Set.copyOf(groups).contains(m.groupId())).toList()));
    }
}
