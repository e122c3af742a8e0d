package org.hlc.award.vote;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.platform.http.IdempotencyService;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.InvalidInputException;
import org.hlc.platform.http.Problem;
import org.hlc.platform.http.Versions;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;

@Path("/editions/{editionId}/votes")
@Tag(name = "Votes", description = "Public voting and vote integrity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VoteResource {
    private static final String VOTE_EXAMPLE = "{\"entryId\": \"9a7c2e4b-1d3f-4a5b-8c6d-7e8f9a0b1c2d\"}";
    private static final String ALREADY_VOTED = """
            {"type": "https://hlc.example.org/problems/already-voted", "title": "Conflict", "status": 409,
             "detail": "you already voted for entry 9a7c2e4b-1d3f-4a5b-8c6d-7e8f9a0b1c2d",
             "entryId": "9a7c2e4b-1d3f-4a5b-8c6d-7e8f9a0b1c2d"}""";
    private static final String RATE_LIMITED = """
            {"type": "https://hlc.example.org/problems/rate-limited", "title": "Too many requests", "status": 429,
             "detail": "the voter rate limit is exhausted; retry after 1 s", "limit": "voter", "retryAfterSeconds": 1}""";
    private static final String MODERATION_EXAMPLE = """
            {"entryId": "9a7c2e4b-1d3f-4a5b-8c6d-7e8f9a0b1c2d", "voterSubject": "6c1d8e2f-3a4b-4c5d-8e9f-0a1b2c3d4e5f",
             "action": "QUARANTINE", "reason": "Part of a burst of 300 votes from 203.0.113.0/24 within a minute"}""";

    private final VoteService votes;
    private final IdempotencyService idempotency;
    private final RequestContext caller;

    public VoteResource(VoteService votes, IdempotencyService idempotency, RequestContext caller) {
        this.votes = votes;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.VOTER)
    @Operation(summary = "Vote for an accepted entry while public voting is open (role voter)",
            description = "One vote per voter and entry, at most maxVotesPerVoter per edition. Rate limited per "
                    + "voter and per client address (429 with Retry-After).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "vote", value = VOTE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Counted; the body says how many votes the caller has left")
    @APIResponse(responseCode = "404", description = "Unknown edition or entry")
    @APIResponse(responseCode = "409", description = "Already voted for this entry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "repeat",
                    value = ALREADY_VOTED)))
    @APIResponse(responseCode = "422", description = "Outside the voting window, entry not accepted/withdrawn, "
            + "or the voter's cap is reached", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "Rate limited",
            headers = @Header(name = "Retry-After", description = "seconds"),
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "slow down",
                    value = RATE_LIMITED)))
    public Uni<Response> vote(@PathParam("editionId") String editionId, VoteRequest request,
            @Parameter(description = "Repeat-safe retries: the same key replays the 201")
            @HeaderParam(IdempotencyService.HEADER) String key) {
        UUID edition = Ids.uuid("editionId", editionId);
        // checked here rather than by method validation, whose per-call executable lookup was an eighth of the vote
        // path's allocations (JFR, run 12); same 400 as the constraint would give
        if (request == null || request.entryId() == null) {
            throw new InvalidInputException("entryId", "must not be null");
        }
        return idempotency.execute(key, caller.subject() + " POST /editions/" + edition + "/votes", request,
                () -> votes.cast(edition, request.entryId(), caller)
                        .map(vote -> Response.status(Response.Status.CREATED).entity(vote).build()));
    }

    @POST
    @Path("/moderation")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Quarantine, invalidate or reinstate a vote with a reason (organizer); tallies follow")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "quarantine", value = MODERATION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Recorded on the vote's stream; repeating changes nothing")
    @APIResponse(responseCode = "404", description = "No such vote")
    @APIResponse(responseCode = "422", description = "An invalidated vote cannot be changed again")
    public Uni<Response> moderate(@PathParam("editionId") String editionId,
            @Valid @NotNull ModerationRequest request) {
        UUID edition = Ids.uuid("editionId", editionId);
        return votes.moderate(edition, request, caller).map(result -> Response
                .ok(Map.of("entryId", request.entryId(), "voterSubject", request.voterSubject(),
                        "status", result.state().status(), "version", result.version()))
                .tag(Versions.etag(result.version())).build());
    }
}
