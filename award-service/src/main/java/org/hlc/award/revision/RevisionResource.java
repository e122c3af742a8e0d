package org.hlc.award.revision;

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
import jakarta.ws.rs.QueryParam;
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
import org.hlc.platform.http.IdempotencyService;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.InvalidInputException;
import org.hlc.platform.http.Problem;
import org.hlc.platform.http.Versions;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;

@Path("/entries/{id}/proposal")
@Tag(name = "Revised proposals", description = "Semi-finalists' revised proposals (v2, v3, ...) with a diff against "
        + "the original entry text, and per-entry deadline extensions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RevisionResource {
    private static final String SUBMIT_EXAMPLE = """
            {"text": "Maji Safi: solar water kiosks\\nWe now run 14 kiosks in Kisumu county.\\nNext: 40 kiosks by 2028."}""";
    private static final String EXTENSION_EXAMPLE = """
            {"deadline": "2026-12-19T23:59:59Z", "reason": "Power cuts in Kisumu during the last week"}""";
    private static final String LATE_PROBLEM = """
            {"type": "https://hlc.example.org/problems/revised-proposal-late", "status": 422,
             "title": "Domain rule violated: revised-proposal-late", "rule": "revised-proposal-late",
             "phase": "REVISED_PROPOSAL_DEADLINE", "deadline": "2026-12-17T23:59:59Z",
             "phaseClosesAt": "2026-12-17T23:59:59Z", "now": "2026-12-18T08:00:00Z"}""";
    private static final String VIEW_EXAMPLE = """
            {"entryId": "9a7c2e4b-1d3f-4a5b-8c6d-7e8f9a0b1c2d", "editionId": "3f2c1a9e-6b1d-4c57-9a41-0d2f7e5b8c13",
             "title": "Maji Safi", "deadline": "2026-12-17T23:59:59Z", "phaseClosesAt": "2026-12-17T23:59:59Z",
             "latestVersion": 2,
             "versions": [{"version": 1, "kind": "ORIGINAL", "submittedAt": "2026-11-02T10:00:00Z", "characters": 41},
                          {"version": 2, "kind": "REVISED", "submittedAt": "2026-12-15T10:00:00Z", "characters": 58}],
             "original": {"version": 1, "text": "Solar kiosks sell water.\\nBy the litre."},
             "shown": {"version": 2, "text": "Solar kiosks sell clean water.\\nBy the litre.\\n14 kiosks today."},
             "diff": {"fromVersion": 1, "toVersion": 2, "linesAdded": 2, "linesRemoved": 1, "linesUnchanged": 1,
               "lines": [{"op": "DELETE", "oldLine": 1, "text": "Solar kiosks sell water."},
                         {"op": "INSERT", "newLine": 1, "text": "Solar kiosks sell clean water."},
                         {"op": "EQUAL", "oldLine": 2, "newLine": 2, "text": "By the litre."},
                         {"op": "INSERT", "newLine": 3, "text": "14 kiosks today."}],
               "changes": [{"oldFrom": 1, "oldCount": 1, "newFrom": 1, "newCount": 1,
                            "words": [{"op": "EQUAL", "text": "Solar kiosks sell "}, {"op": "INSERT", "text": "clean "},
                                      {"op": "EQUAL", "text": "water."}]},
                           {"oldFrom": 3, "oldCount": 0, "newFrom": 3, "newCount": 1,
                            "words": [{"op": "INSERT", "text": "14 kiosks today."}]}]},
             "streamVersion": 1}""";

    private final RevisionService revisions;
    private final IdempotencyService idempotency;
    private final RequestContext caller;

    public RevisionResource(RevisionService revisions, IdempotencyService idempotency, RequestContext caller) {
        this.revisions = revisions;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Authenticated
    @Operation(summary = "Submit the next version of the revised proposal (the semi-finalist entry's applicant)",
            description = "Allowed from the opening of REVISED_PROPOSAL_DEADLINE until its close, or until the "
                    + "entry's extended deadline. The same text as the latest version adds no version (200). "
                    + "If-Match (the proposal stream version, ETag) is optional.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "revision", value = SUBMIT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "A new version; Location points at it, ETag is the stream version")
    @APIResponse(responseCode = "200", description = "Same text as the latest version: nothing added")
    @APIResponse(responseCode = "400", description = "text missing or too long", content = @Content(
            mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "The caller is not the entry's applicant")
    @APIResponse(responseCode = "404", description = "Unknown entry")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "422", description = "Late (no extension), phase not open yet, or not a semi-finalist",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "late",
                    value = LATE_PROBLEM)))
    public Uni<Response> submit(@PathParam("id") String id, @Valid @NotNull RevisionRequest request,
            @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "Repeat-safe retries") @HeaderParam(IdempotencyService.HEADER) String key) {
        UUID entryId = Ids.uuid("id", id);
        return idempotency.execute(key, caller.subject() + " POST /entries/" + entryId + "/proposal", request,
                () -> revisions.submit(entryId, request, Versions.ifMatch(ifMatch), caller).map(result -> {
                    int latest = result.state().latestVersion();
                    var body = java.util.Map.of("entryId", entryId, "version", latest, "submittedAt",
                            result.state().latest().orElseThrow().submittedAt(), "streamVersion", result.version());
                    Response.ResponseBuilder response = result.events().isEmpty() ? Response.ok(body)
                            : Response.created(URI.create("/entries/" + entryId + "/proposal?version=" + latest))
                                    .entity(body);
                    return response.tag(Versions.etag(result.version())).build();
                }));
    }

    @GET
    @Authenticated
    @Operation(summary = "The proposal's versions and the diff of one version (default: latest) against the original",
            description = "Version 1 is the entry's original summary. The diff is line based with a word diff per "
                    + "changed block: lines[] (EQUAL/DELETE/INSERT with 1-based oldLine/newLine) and changes[] "
                    + "(oldFrom/oldCount/newFrom/newCount and words[] whose EQUAL+DELETE texts concatenate to the "
                    + "old block and EQUAL+INSERT to the new block). For the applicant, organizers and jurors.")
    @APIResponse(responseCode = "200", description = "Versions and diff; ETag is the proposal stream version",
            content = @Content(examples = @ExampleObject(name = "view", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "version not between 1 and the latest",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Neither the applicant, an organizer nor a juror")
    @APIResponse(responseCode = "404", description = "Unknown entry")
    public Uni<Response> get(@PathParam("id") String id,
            @Parameter(description = "Version to show and diff, 1..latest", example = "2")
            @QueryParam("version") String version) {
        UUID entryId = Ids.uuid("id", id);
        Integer wanted = null;
        if (version != null) {
            try {
                wanted = Integer.valueOf(version.trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("version", "must be a version number such as 2");
            }
        }
        return revisions.view(entryId, wanted, caller)
                .map(view -> Response.ok(view).tag(Versions.etag(view.streamVersion())).build());
    }

    @POST
    @Path("/extension")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Grant one semi-finalist entry a later revised-proposal deadline with a reason (organizer)",
            description = "Records ProposalDeadlineExtended; a later grant replaces the earlier one.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "extension", value = EXTENSION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Granted (repeating the same grant changes nothing)")
    @APIResponse(responseCode = "400", description = "deadline not after the phase's close or not in the future",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown entry")
    @APIResponse(responseCode = "422", description = "Not a semi-finalist, or no revised-proposal phase scheduled",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> extend(@PathParam("id") String id, @Valid @NotNull ExtensionRequest request) {
        UUID entryId = Ids.uuid("id", id);
        return revisions.extend(entryId, request, caller).map(result -> Response.ok(java.util.Map.of(
                "entryId", entryId, "deadline", result.state().extension().deadline(), "reason",
                result.state().extension().reason(), "streamVersion", result.version()))
                .tag(Versions.etag(result.version())).build());
    }
}
