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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.platform.http.IdempotencyService;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.Problem;
import org.hlc.platform.http.Versions;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;

@Path("/assignments/{assignmentId}/submissions")
@Tag(name = "Submissions", description = "Learners' submissions (versions kept) and coach feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class SubmissionResource {
    private static final String SUBMIT_EXAMPLE = """
            {"text": "Households pay per litre through mobile money; schools pay a monthly fee.",
             "links": ["https://example.org/maji-safi/revenue.pdf"]}""";
    private static final String FEEDBACK_EXAMPLE = """
            {"comment": "Clear payer; now show the cost per litre next to the price."}""";
    private static final String NOT_ON_ROSTER = """
            {"type": "https://hlc.example.org/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "you are not a participant of this programme: neither invited from its award edition nor in \
            a coaching group of its cohort", "instance": "/assignments/.../submissions"}""";
    private static final String NOT_YOUR_GROUP = """
            {"type": "https://hlc.example.org/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "you are not the coach of this participant's coaching group",
             "instance": "/assignments/.../submissions/.../feedback"}""";

    private final SubmissionService submissions;
    private final IdempotencyService idempotency;
    private final RequestContext caller;

    public SubmissionResource(SubmissionService submissions, IdempotencyService idempotency, RequestContext caller) {
        this.submissions = submissions;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Submit or resubmit (learners of the assignment's programme)",
            description = "Each call adds a version. After the due instant a first submission is accepted and "
                    + "marked late; replacing an existing one is refused (422 resubmission-closed). Only learners of "
                    + "the programme submit: participants invited from its award edition or in a coaching group of "
                    + "its cohort (see GET /programmes/{id}/members); anyone else gets 403.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "text and link", value = SUBMIT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Version stored; the body is the whole submission")
    @APIResponse(responseCode = "400", description = "Empty text, text over 20,000 characters, or a bad link")
    @APIResponse(responseCode = "403", description = "Not a learner of this programme", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not on roster", value = NOT_ON_ROSTER)))
    @APIResponse(responseCode = "404", description = "Unknown assignment")
    @APIResponse(responseCode = "422", description = "Resubmission after the deadline")
    public Uni<Response> submit(@PathParam("assignmentId") String assignmentId,
            @Valid @NotNull SubmitRequest request,
            @Parameter(description = "Repeat-safe retries: the same key adds no second version")
            @HeaderParam(IdempotencyService.HEADER) String key) {
        UUID id = Ids.uuid("assignmentId", assignmentId);
        return idempotency.execute(key, caller.subject() + " POST /assignments/" + id + "/submissions", request,
                () -> submissions.submit(id, request, caller).map(result -> Response.status(201)
                        .location(URI.create("/assignments/" + id + "/submissions/mine"))
                        .tag(Versions.etag(result.version()))
                        .entity(SubmissionView.of(result.state(), result.version())).build()));
    }

    @GET
    @Path("/mine")
    @Operation(summary = "The caller's own submission: versions, coach feedback, anonymous peer reviews")
    @APIResponse(responseCode = "200", description = "The submission")
    @APIResponse(responseCode = "403", description = "Not on the roster")
    @APIResponse(responseCode = "404", description = "Nothing submitted yet")
    public Uni<Response> mine(@PathParam("assignmentId") String assignmentId) {
        UUID id = Ids.uuid("assignmentId", assignmentId);
        return submissions.mine(id, caller).map(folded -> Response
                .ok(SubmissionView.of(folded.state(), folded.version())).tag(Versions.etag(folded.version()))
                .build());
    }

    @GET
    @RolesAllowed({ Roles.ORGANIZER, Roles.COACH })
    @Operation(summary = "Every submission of the assignment, in submission order (coaches and organizers)")
    @APIResponse(responseCode = "200", description = "The submissions")
    public Uni<List<SubmissionSummary>> all(@PathParam("assignmentId") String assignmentId) {
        UUID id = Ids.uuid("assignmentId", assignmentId);
        return submissions.all(id).map(all -> all.stream().map(SubmissionSummary::of).toList());
    }

    @GET
    @Path("/{submissionId}")
    @RolesAllowed({ Roles.ORGANIZER, Roles.COACH })
    @Operation(summary = "One submission with every version (coaches and organizers)")
    @APIResponse(responseCode = "200", description = "The submission")
    @APIResponse(responseCode = "404", description = "Unknown submission")
    public Uni<Response> one(@PathParam("assignmentId") String assignmentId,
            @PathParam("submissionId") String submissionId) {
        UUID id = Ids.uuid("assignmentId", assignmentId);
        UUID sid = Ids.uuid("submissionId", submissionId);
        return submissions.get(id, sid).map(folded -> Response
                .ok(SubmissionView.of(folded.state(), folded.version())).tag(Versions.etag(folded.version()))
                .build());
    }

    @POST
    @Path("/{submissionId}/feedback")
    @RolesAllowed(Roles.COACH)
    @Operation(summary = "Give coach feedback on a submission (the coach of the author's coaching group)",
            description = "Coaching groups come from participants-service events (GroupCreated.coachPersonId, "
                    + "MemberAdded/MemberMoved in the programme's cohort); a coach of another group gets 403.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "feedback", value = FEEDBACK_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Feedback stored")
    @APIResponse(responseCode = "400", description = "Empty or oversized comment")
    @APIResponse(responseCode = "403", description = "Not a coach, or not the coach of the author's group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "other group",
                    value = NOT_YOUR_GROUP)))
    @APIResponse(responseCode = "404", description = "Unknown assignment or submission")
    public Uni<Response> feedback(@PathParam("assignmentId") String assignmentId,
            @PathParam("submissionId") String submissionId, @Valid @NotNull FeedbackRequest request) {
        UUID id = Ids.uuid("assignmentId", assignmentId);
        UUID sid = Ids.uuid("submissionId", submissionId);
        return submissions.giveFeedback(id, sid, request, caller).map(result -> Response.status(201)
                .tag(Versions.etag(result.version())).entity(SubmissionView.of(result.state(), result.version()))
                .build());
    }
}
