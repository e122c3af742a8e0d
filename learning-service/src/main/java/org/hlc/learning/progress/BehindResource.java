package org.hlc.learning.progress;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.learning.assignment.AssignmentService;
import org.hlc.platform.http.Ids;
import org.hlc.platform.security.Roles;

@Path("/progress/assignments/{assignmentId}/behind")
@Tag(name = "Progress")
@Produces(MediaType.APPLICATION_JSON)
public class BehindResource {
    static final Duration WARNING = Duration.ofHours(24);

    private final AssignmentService assignments;
    private final BehindQuery behind;

    public BehindResource(AssignmentService assignments, BehindQuery behind) {
        this.assignments = assignments;
        this.behind = behind;
    }

    /** @param behind empty until {@code warnFrom}; from then on every learner without a submission */
    public record BehindView(UUID assignmentId, Instant dueAt, Instant warnFrom, List<BehindQuery.Learner> behind) {
    }

    @GET
    @RolesAllowed({ Roles.COACH, Roles.ORGANIZER })
    @Operation(summary = "Who is behind: learners with no submission from 24 h before the deadline on",
            description = "Coaching groups are not yet known to this service, so the list covers every learner.")
    @APIResponse(responseCode = "200", description = "The learners behind (empty before the 24 h window)")
    @APIResponse(responseCode = "404", description = "Unknown assignment")
    public Uni<BehindView> behind(@PathParam("assignmentId") String assignmentId) {
        UUID id = Ids.uuid("assignmentId", assignmentId);
        return assignments.get(id).flatMap(folded -> {
            Instant dueAt = folded.state().dueAt();
            Instant warnFrom = dueAt.minus(WARNING);
            if (Instant.now().isBefore(warnFrom)) {
                return Uni.createFrom().item(new BehindView(id, dueAt, warnFrom, List.of()));
            }
            return behind.withoutSubmission(id).map(learners -> new BehindView(id, dueAt, warnFrom, learners));
        });
    }
}
