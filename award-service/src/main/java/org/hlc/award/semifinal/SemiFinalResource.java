package org.hlc.award.semifinal;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.Problem;
import org.hlc.platform.http.Versions;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;

@Path("/editions/{editionId}/semi-finalists")
@Tag(name = "Semi-finalists", description = "Proposal by valid votes with a per-country cap, and confirmation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANIZER)
public class SemiFinalResource {
    private static final String CONFIRM_EXAMPLE = """
            {"semiFinalists": [
               {"entryId": "9a7c2e4b-1d3f-4a5b-8c6d-7e8f9a0b1c2d"},
               {"entryId": "1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7a8b",
                "overrideReason": "Only entry from Central Asia; ranked 23rd by votes"}]}""";
    private static final String OVERRIDE_PROBLEM = """
            {"type": "https://hlc.example.org/problems/override-reason-required", "status": 422,
             "title": "Domain rule violated: override-reason-required", "rule": "override-reason-required",
             "entryId": "1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7a8b"}""";

    private final SemiFinalService semiFinals;
    private final RequestContext caller;

    public SemiFinalResource(SemiFinalService semiFinals, RequestContext caller) {
        this.semiFinals = semiFinals;
        this.caller = caller;
    }

    @GET
    @Path("/proposal")
    @Operation(summary = "Propose the top N accepted entries by valid votes, at most maxPerCountry per country",
            description = "Defaults come from the edition's rules; ties go to the earlier submission.")
    @APIResponse(responseCode = "200", description = "Proposed, and the entries skipped for the country cap")
    public Uni<Proposal> proposal(@PathParam("editionId") String editionId, @QueryParam("size") Integer size,
            @QueryParam("maxPerCountry") Integer maxPerCountry) {
        return semiFinals.proposal(Ids.uuid("editionId", editionId), size, maxPerCountry);
    }

    @POST
    @Operation(summary = "Confirm the semi-finalists (SemiFinalistsSelected, consumed by participants-service)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "confirm", value = CONFIRM_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Confirmed; the edition with its semi-finalists")
    @APIResponse(responseCode = "409", description = "Already confirmed")
    @APIResponse(responseCode = "422", description = "Outside SEMI_FINAL_SELECTION, wrong count, an entry not "
            + "eligible, or an override without reason", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "override", value = OVERRIDE_PROBLEM)))
    public Uni<Response> confirm(@PathParam("editionId") String editionId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SelectionRequest request) {
        UUID edition = Ids.uuid("editionId", editionId);
        return semiFinals.confirm(edition, request, Versions.ifMatch(ifMatch), caller)
                .map(result -> Response.ok(java.util.Map.of("editionId", edition, "version", result.version(),
                        "semiFinalists", result.state().semiFinalists()))
                        .tag(Versions.etag(result.version())).build());
    }
}
