package org.hlc.award.jury;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.award.jury.JuryRequests.FinalistsRequest;
import org.hlc.award.jury.JuryRequests.WinnersRequest;
import org.hlc.award.jury.JuryViews.FinalistsView;
import org.hlc.award.jury.JuryViews.WinnersView;
import org.hlc.award.support.PublicCaller;
import org.hlc.platform.eventstore.CommandResult;
import org.hlc.platform.http.IdempotencyService;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.Problem;
import org.hlc.platform.http.Versions;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;

/**
 * Finalists and winners. Public once announced: they carry no vote counts and no jury scores, so the "results hidden
 * until ResultsPublished" rule (which is about public-vote tallies) does not hide them; before the announcement the
 * lists are empty for everyone. Override reasons are for organizers only.
 */
@Path("/editions/{editionId}")
@Tag(name = "Finalists and winners", description = "Six finalists from the jury ranking, winners after the pitch")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FinalistResource {
    private static final String FINALISTS_EXAMPLE = """
            {"finalists": [
               {"entryId": "9a7c2e4b-1d3f-4a5b-8c6d-7e8f9a0b1c2d"},
               {"entryId": "2c3d4e5f-6071-4829-8a3b-4c5d6e7f8091"},
               {"entryId": "3d4e5f60-7182-4930-9b4c-5d6e7f809102"},
               {"entryId": "4e5f6071-8293-4a41-8c5d-6e7f80910213"},
               {"entryId": "5f607182-93a4-4b52-9d6e-7f8091021324"},
               {"entryId": "60718293-a4b5-4c63-8e7f-809102132435",
                "overrideReason": "Ranked 8th; the only entry from Central Asia"}]}""";
    private static final String WINNERS_EXAMPLE = """
            {"winners": [
               {"entryId": "9a7c2e4b-1d3f-4a5b-8c6d-7e8f9a0b1c2d", "rank": 1, "prize": "Grand prize"},
               {"entryId": "2c3d4e5f-6071-4829-8a3b-4c5d6e7f8091", "rank": 2, "prize": "Runner-up"}]}""";
    private static final String OVERRIDE_PROBLEM = """
            {"type": "https://hlc.example.org/problems/override-reason-required", "status": 422,
             "title": "Domain rule violated: override-reason-required", "rule": "override-reason-required",
             "entryId": "60718293-a4b5-4c63-8e7f-809102132435"}""";

    private final JuryService jury;
    private final IdempotencyService idempotency;
    private final RequestContext caller;
    private final PublicCaller publicCaller;

    public FinalistResource(JuryService jury, IdempotencyService idempotency, RequestContext caller,
            PublicCaller publicCaller) {
        this.jury = jury;
        this.idempotency = idempotency;
        this.caller = caller;
        this.publicCaller = publicCaller;
    }

    @GET
    @Path("/finalists")
    @PermitAll
    @Operation(summary = "The finalists once announced (public); empty with announced=false before",
            description = "Public even before ResultsPublished: the finalist list carries no vote counts and no jury "
                    + "scores, and announcing it is the point of FINALIST_ANNOUNCEMENT. Jury scores and the ranking "
                    + "stay organizer-only; override reasons are shown to organizers only.")
    @APIResponse(responseCode = "200", description = "{editionId, announced, finalists: [{entryId, title, country, "
            + "overrideReason (organizers only)}], version}")
    @APIResponse(responseCode = "404", description = "Unknown edition")
    public Uni<FinalistsView> finalists(@PathParam("editionId") String editionId) {
        UUID edition = Ids.uuid("editionId", editionId);
        return publicCaller.identity().flatMap(identity -> jury.get(edition).map(folded -> {
            boolean organizer = identity.hasRole(Roles.ORGANIZER);
            return new FinalistsView(edition, !folded.state().finalists().isEmpty(), folded.state().finalists()
                    .stream().map(f -> organizer ? f : new Finalist(f.entryId(), f.title(), f.country(), null))
                    .toList(), folded.version());
        }));
    }

    @POST
    @Path("/finalists")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Confirm the 6 finalists (FinalistsSelected)",
            description = "While FINALIST_ANNOUNCEMENT is open and after the jury round closed. Each must be an "
                    + "accepted entry of the edition with counted jury scores (ranked); one outside the ranking's "
                    + "top 6 needs an overrideReason. Once per edition.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "finalists", value = FINALISTS_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "{editionId, announced: true, finalists, version}; ETag the jury version")
    @APIResponse(responseCode = "400", description = "Duplicate entry (finalists[i].entryId)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Already confirmed")
    @APIResponse(responseCode = "422", description = "finalist-count, finalist-not-ranked, override-reason-required, "
            + "jury-round-open, entry-not-eligible, outside-phase-window", content = @Content(
                    mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "override",
                            value = OVERRIDE_PROBLEM)))
    public Uni<Response> selectFinalists(@PathParam("editionId") String editionId,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam(IdempotencyService.HEADER) String key,
            @Valid @NotNull FinalistsRequest request) {
        UUID edition = Ids.uuid("editionId", editionId);
        return idempotency.execute(key, caller.subject() + " POST /editions/" + edition + "/finalists", request,
                () -> jury.selectFinalists(edition, request, Versions.ifMatch(ifMatch), caller)
                        .map(result -> Response.ok(finalistsView(edition, result))
                                .tag(Versions.etag(result.version())).build()));
    }

    @GET
    @Path("/winners")
    @PermitAll
    @Operation(summary = "The winners once announced (public); empty with announced=false before")
    @APIResponse(responseCode = "200", description = "{editionId, announced, winners: [{entryId, title, country, "
            + "rank, prize}], version}")
    @APIResponse(responseCode = "404", description = "Unknown edition")
    public Uni<WinnersView> winners(@PathParam("editionId") String editionId) {
        UUID edition = Ids.uuid("editionId", editionId);
        return jury.get(edition).map(folded -> new WinnersView(edition, !folded.state().winners().isEmpty(),
                folded.state().winners(), folded.version()));
    }

    @POST
    @Path("/winners")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Announce the winners (WinnersAnnounced): finalists with place and prize label",
            description = "While WINNERS_ANNOUNCEMENT is open and after the PITCH_EVENT closed; once per edition. "
                    + "Ranks 1..6 (equal ranks allowed for shared prizes), each entry once.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "winners", value = WINNERS_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "{editionId, announced, winners, version}; ETag")
    @APIResponse(responseCode = "409", description = "Already announced")
    @APIResponse(responseCode = "422", description = "winner-not-finalist, finalists-not-selected, "
            + "phase-not-closed (PITCH_EVENT), outside-phase-window", content = @Content(
                    mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> announceWinners(@PathParam("editionId") String editionId,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam(IdempotencyService.HEADER) String key,
            @Valid @NotNull WinnersRequest request) {
        UUID edition = Ids.uuid("editionId", editionId);
        return idempotency.execute(key, caller.subject() + " POST /editions/" + edition + "/winners", request,
                () -> jury.announceWinners(edition, request, Versions.ifMatch(ifMatch), caller)
                        .map(result -> Response.ok(new WinnersView(edition, true, result.state().winners(),
                                result.version())).tag(Versions.etag(result.version())).build()));
    }

    private static FinalistsView finalistsView(UUID edition, CommandResult<JuryEvent, Jury> result) {
        return new FinalistsView(edition, true, result.state().finalists(), result.version());
    }
}
