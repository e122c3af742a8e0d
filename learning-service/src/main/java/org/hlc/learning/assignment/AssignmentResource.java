package org.hlc.learning.assignment;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.platform.eventstore.CommandResult;
import org.hlc.platform.http.IdempotencyService;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.Problem;
import org.hlc.platform.http.Versions;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;

@Path("/assignments")
@Tag(name = "Assignments", description = "Assignments of a module, due dates in each reader's zone, peer review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class AssignmentResource {
    private static final String PUBLISH_EXAMPLE = """
            {"programmeId": "9d3e2f1a-7b6c-4d5e-8f9a-0b1c2d3e4f5a", "moduleId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
             "title": "Your revenue model on one page", "instructions": "Describe **who pays** and why.",
             "dueAt": "2015-03-06T17:00:00Z",
             "rubric": [{"criterion": "clarity", "maxScore": 5}, {"criterion": "feasibility", "maxScore": 5}]}""";
    private static final String DUE_EXAMPLE = """
            {"dueAt": "2015-03-07T17:00:00Z"}""";
    private static final String ALLOCATE_EXAMPLE = """
            {"reviewersPerSubmission": 2}""";
    private static final String PROBLEM_EXAMPLE = """
            {"type": "https://hlc.example.org/problems/deadline-not-passed", "title": "Domain rule violated: \
            deadline-not-passed", "status": 422, "detail": "peer reviews are allocated after the deadline \
            2015-03-06T17:00:00Z", "rule": "deadline-not-passed", "dueAt": "2015-03-06T17:00:00Z"}""";

    private final AssignmentService assignments;
    private final IdempotencyService idempotency;
    private final RequestContext caller;

    public AssignmentResource(AssignmentService assignments, IdempotencyService idempotency, RequestContext caller) {
        this.assignments = assignments;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Publish an assignment for a module of a programme (organizer)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "with rubric", value = PUBLISH_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Published; AssignmentPublished goes to hlc.learning.events")
    @APIResponse(responseCode = "400", description = "Invalid field, e.g. rubric[0].maxScore")
    @APIResponse(responseCode = "404", description = "Unknown programme or module")
    public Uni<Response> publish(@Valid @NotNull PublishAssignmentRequest request,
            @Parameter(description = "Repeat-safe retries") @HeaderParam(IdempotencyService.HEADER) String key) {
        return idempotency.execute(key, caller.subject() + " POST /assignments", request,
                () -> assignments.publish(request, caller).flatMap(result -> written(result, 201)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An assignment, with the due instant also in the caller's time zone (from the roster)")
    @APIResponse(responseCode = "200", description = "The assignment; ETag is its version")
    @APIResponse(responseCode = "404", description = "Unknown assignment")
    public Uni<Response> get(@PathParam("id") String id) {
        UUID assignmentId = Ids.uuid("id", id);
        return assignments.get(assignmentId).flatMap(folded -> assignments.zoneOf(caller).map(zone -> Response
                .ok(AssignmentView.of(folded.state(), folded.version(), zone))
                .tag(Versions.etag(folded.version())).build()));
    }

    @PUT
    @Path("/{id}/due-date")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Move the due instant (organizer); requires If-Match")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "one day later", value = DUE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Changed; AssignmentDueDateChanged is published")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "Peer reviews already allocated")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Uni<Response> changeDueDate(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ChangeDueDateRequest request) {
        UUID assignmentId = Ids.uuid("id", id);
        long expected = Versions.requireIfMatch(ifMatch);
        return assignments.changeDueDate(assignmentId, request.dueAt(), expected, caller)
                .flatMap(result -> written(result, 200));
    }

    @POST
    @Path("/{id}/peer-review-allocation")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "After the deadline, allocate each submission to k peer reviewers (organizer)",
            description = "Never the author; every author reviews exactly k; deterministic. Reviewers come from "
                    + "other coaching groups (of the programme's cohort) whenever 2 × (largest group) + k ≤ n + 1 "
                    + "for n submissions; otherwise as few as the layout allows share the author's group. Body "
                    + "optional: reviewersPerSubmission defaults to 2.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two reviewers", value = ALLOCATE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Allocated; the assignment with reviewsAllocated true")
    @APIResponse(responseCode = "409", description = "Already allocated")
    @APIResponse(responseCode = "422", description = "Before the deadline, or fewer than two submissions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "too early",
                    value = PROBLEM_EXAMPLE)))
    public Uni<Response> allocate(@PathParam("id") String id, @Valid AllocateReviewsRequest request) {
        UUID assignmentId = Ids.uuid("id", id);
        int k = request == null ? 2 : request.k();
        return assignments.allocatePeerReviews(assignmentId, k, caller).flatMap(result -> written(result, 200));
    }

    private Uni<Response> written(CommandResult<AssignmentEvent, Assignment> result, int status) {
        return assignments.zoneOf(caller).map(zone -> Response.status(status)
                .location(URI.create("/assignments/" + result.state().assignmentId()))
                .tag(Versions.etag(result.version()))
                .entity(AssignmentView.of(result.state(), result.version(), zone)).build());
    }
}
