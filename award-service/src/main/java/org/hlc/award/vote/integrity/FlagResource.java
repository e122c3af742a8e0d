package org.hlc.award.vote.integrity;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.award.edition.EditionService;
import org.hlc.award.vote.ModerationRequest;
import org.hlc.award.vote.VoteService;
import org.hlc.platform.http.Cursors;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.Problem;
import org.hlc.platform.http.ResourceNotFoundException;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;

/** Vote-integrity flags of an edition and moderation of the votes a flag covers (organizer). */
@Path("/editions/{editionId}/vote-flags")
@Tag(name = "Votes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANIZER)
public class FlagResource {
    private static final String FLAG_EXAMPLE = """
            {"items": [{"flagId": "5d0c7a56-1f43-3c55-9a3e-2b7f0c1d9e88", "rule": "NETWORK_BURST",
              "key": "203.0.113.0/24", "windowStart": "2026-11-21T18:03:05Z", "windowEnd": "2026-11-21T18:04:05Z",
              "threshold": 100, "flaggedAt": "2026-11-21T18:04:05Z", "votes": 131, "validVotes": 131,
              "quarantinedVotes": 0, "invalidVotes": 0}]}""";
    private static final String MODERATE_EXAMPLE = """
            {"action": "QUARANTINE", "reason": "131 votes from one /24 within a minute"}""";
    private static final String MODERATED = """
            {"flagId": "5d0c7a56-1f43-3c55-9a3e-2b7f0c1d9e88", "action": "QUARANTINE", "votes": 131, "changed": 131,
             "unchanged": 0, "refused": 0}""";

    private final FlagQuery flags;
    private final VoteService votes;
    private final EditionService editions;
    private final RequestContext caller;

    public FlagResource(FlagQuery flags, VoteService votes, EditionService editions, RequestContext caller) {
        this.flags = flags;
        this.votes = votes;
        this.editions = editions;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Flags raised by the vote-integrity projection, oldest first, with their votes' status",
            description = "Rules: CLIENT_ADDRESS_BURST (key = clientKey, a keyed hash of the address), NETWORK_BURST "
                    + "(key = /24 or /48 network), NEW_VOTER_SURGE (key = entryId: many votes for one entry by "
                    + "voters new to the edition). Thresholds are configured under award.votes.integrity.")
    @APIResponse(responseCode = "200", description = "A page of flags with a next link when there are more",
            content = @Content(examples = @ExampleObject(name = "flags", value = FLAG_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Malformed editionId, cursor or limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> list(@PathParam("editionId") String editionId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        UUID edition = Ids.uuid("editionId", editionId);
        int pageSize = Cursors.limit(limit);
        return flags.page(edition, Cursors.decode(cursor), pageSize + 1)
                .map(rows -> Cursors.page(rows, pageSize, FlagQuery::cursorKey, uri));
    }

    @GET
    @Path("/{flagId}")
    @Operation(summary = "One flag with every vote it covers (entry, voter, network, cast time, current status)")
    @APIResponse(responseCode = "200", description = "The flag and its flaggedVotes")
    @APIResponse(responseCode = "404", description = "No such flag in this edition")
    public Uni<FlagQuery.Flag> get(@PathParam("editionId") String editionId, @PathParam("flagId") String flagId) {
        UUID edition = Ids.uuid("editionId", editionId);
        UUID flag = Ids.uuid("flagId", flagId);
        return flags.flag(edition, flag).map(found -> found
                .orElseThrow(() -> new ResourceNotFoundException("vote flag", flagId)));
    }

    @POST
    @Path("/{flagId}/moderation")
    @Operation(summary = "Quarantine, invalidate or reinstate every vote of a flag with a reason; tallies follow",
            description = "Each vote gets the usual VoteQuarantined / VoteInvalidated / VoteReinstated event on its "
                    + "own stream, its reason prefixed with the flag id. Votes already in the target state are "
                    + "unchanged; invalidated votes refuse quarantine/reinstatement (counted as refused).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "quarantine", value = MODERATE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "How many votes changed",
            content = @Content(examples = @ExampleObject(name = "result", value = MODERATED)))
    @APIResponse(responseCode = "400", description = "action or reason missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such flag in this edition")
    public Uni<Map<String, Object>> moderate(@PathParam("editionId") String editionId,
            @PathParam("flagId") String flagId, @Valid @NotNull FlagModerationRequest request) {
        UUID edition = Ids.uuid("editionId", editionId);
        UUID flag = Ids.uuid("flagId", flagId);
        String reason = "flag " + flag + ": " + request.reason().strip();
        return editions.get(edition).flatMap(ignored -> flags.flag(edition, flag)).flatMap(found -> {
            FlagQuery.Flag f = found.orElseThrow(() -> new ResourceNotFoundException("vote flag", flagId));
            return Multi.createFrom().iterable(f.flaggedVotes()).onItem().transformToUniAndConcatenate(vote -> votes
                    .moderate(edition, new ModerationRequest(vote.entryId(), vote.voterSubject(), request.action(),
                            reason), caller)
                    .map(result -> result.events().isEmpty() ? "unchanged" : "changed")
                    .onFailure(DomainRuleException.class).recoverWithItem("refused"))
                    .collect().asList().map(outcomes -> {
                        Map<String, Object> body = new LinkedHashMap<>();
                        body.put("flagId", flag);
                        body.put("action", request.action());
                        body.put("votes", outcomes.size());
                        for (String outcome : new String[] { "changed", "unchanged", "refused" }) {
                            body.put(outcome, outcomes.stream().filter(outcome::equals).count());
                        }
                        return body;
                    });
        });
    }
}
