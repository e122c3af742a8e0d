package org.hlc.learning.review;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.learning.assignment.ReviewRequest;
import org.hlc.learning.assignment.SubmissionService;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.Problem;
import org.hlc.platform.security.RequestContext;

@Path("/assignments/{assignmentId}/peer-reviews")
@Tag(name = "Peer review", description = "Anonymous peer review of submissions against the rubric")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class PeerReviewResource {
    private static final String REVIEW_EXAMPLE = """
            {"scores": [{"criterion": "clarity", "score": 4}, {"criterion": "feasibility", "score": 3}],
             "comment": "The payer is clear; I would test the price with ten households first."}""";
    private static final String OUT_OF_RANGE = """
            {"type": "https://hlc.example.org/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "scores[0].score: must be between 0 and 5",
             "invalid-params": [{"name": "scores[0].score", "reason": "must be between 0 and 5"}]}""";

    private final SubmissionService submissions;
    private final RequestContext caller;

    public PeerReviewResource(SubmissionService submissions, RequestContext caller) {
        this.submissions = submissions;
        this.caller = caller;
    }

    /** What a reviewer sees: the latest version without its author. */
    public record ReviewTask(UUID submissionId, String text, List<String> links, boolean reviewed) {
    }

    @GET
    @Operation(summary = "The submissions allocated to the caller for review, anonymised")
    @APIResponse(responseCode = "200", description = "Review tasks (empty before allocation)")
    @APIResponse(responseCode = "403", description = "Not on the roster")
    public Uni<List<ReviewTask>> mine(@PathParam("assignmentId") String assignmentId) {
        UUID id = Ids.uuid("assignmentId", assignmentId);
        return submissions.onRoster(caller).flatMap(person -> submissions.allocatedToMe(id, caller)
                .map(all -> all.stream().map(s -> new ReviewTask(s.submissionId(), s.latest().text(),
                        s.latest().links(), s.reviews().stream()
                                .anyMatch(r -> r.reviewerPersonId().equals(person.personId()))))
                        .toList()));
    }

    @POST
    @Path("/{submissionId}")
    @Operation(summary = "Review an allocated submission: score every rubric criterion and comment")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "review", value = REVIEW_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Review stored; the author sees it without your name")
    @APIResponse(responseCode = "400", description = "Score out of range, unknown or missing criterion",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "out of range",
                    value = OUT_OF_RANGE)))
    @APIResponse(responseCode = "403", description = "This submission is not allocated to you")
    @APIResponse(responseCode = "404", description = "Unknown assignment or submission")
    @APIResponse(responseCode = "409", description = "You already reviewed it")
    public Uni<Response> review(@PathParam("assignmentId") String assignmentId,
            @PathParam("submissionId") String submissionId, @Valid @NotNull ReviewRequest request) {
        UUID id = Ids.uuid("assignmentId", assignmentId);
        UUID sid = Ids.uuid("submissionId", submissionId);
        return submissions.review(id, sid, request, caller).map(result -> Response.status(201)
                .entity(new ReviewTask(sid, result.state().latest().text(), result.state().latest().links(), true))
                .build());
    }
}
