package org.hlc.award.edition;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.award.support.PublicCaller;
import org.hlc.platform.eventstore.CommandResult;
import org.hlc.platform.http.IdempotencyService;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.InvalidInputException;
import org.hlc.platform.http.Problem;
import org.hlc.platform.http.Versions;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;

@Path("/editions")
@Tag(name = "Editions", description = "Award editions, their phases and rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EditionResource {
    static final String CREATE_EXAMPLE = """
            {"name": "Social Innovation Award 2026", "year": 2026, "categories": ["Water", "Education", "Health"],
             "phases": [
               {"phase": "CALL_FOR_ENTRIES", "opensAt": "2026-10-01T00:00:00Z", "closesAt": "2026-11-15T23:59:59Z"},
               {"phase": "PUBLIC_VOTING", "opensAt": "2026-11-20T00:00:00Z", "closesAt": "2026-12-01T00:00:00Z"},
               {"phase": "SEMI_FINAL_SELECTION", "opensAt": "2026-12-01T00:00:00Z", "closesAt": "2026-12-03T00:00:00Z"}],
             "rules": {"maxVotesPerVoter": 10, "semiFinalists": 20, "maxSemiFinalistsPerCountry": 2}}""";
    private static final String TIMELINE_EXAMPLE = """
            {"reason": "Voting extended by two days after a site outage",
             "phases": [
               {"phase": "CALL_FOR_ENTRIES", "opensAt": "2026-10-01T00:00:00Z", "closesAt": "2026-11-15T23:59:59Z"},
               {"phase": "PUBLIC_VOTING", "opensAt": "2026-11-20T00:00:00Z", "closesAt": "2026-12-03T00:00:00Z"}]}""";
    private static final String WINDOW_PROBLEM = """
            {"type": "https://hlc.example.org/problems/outside-phase-window", "status": 422,
             "title": "Domain rule violated: outside-phase-window", "rule": "outside-phase-window",
             "phase": "PUBLIC_VOTING", "opensAt": "2026-11-20T00:00:00Z", "closesAt": "2026-12-01T00:00:00Z"}""";

    private final EditionService editions;
    private final IdempotencyService idempotency;
    private final RequestContext caller;
    private final PublicCaller publicCaller;

    public EditionResource(EditionService editions, IdempotencyService idempotency, RequestContext caller,
            PublicCaller publicCaller) {
        this.editions = editions;
        this.idempotency = idempotency;
        this.caller = caller;
        this.publicCaller = publicCaller;
    }

    @POST
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Create an edition with its categories, phase timeline and vote rules (organizer)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "edition", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set")
    @APIResponse(responseCode = "400", description = "Invalid field, e.g. phases[1].closesAt before opensAt",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> create(@Valid @NotNull CreateEditionRequest request,
            @Parameter(description = "Repeat-safe retries") @HeaderParam(IdempotencyService.HEADER) String key) {
        return idempotency.execute(key, caller.subject() + " POST /editions", request,
                () -> editions.create(request, caller).map(result -> Response
                        .created(URI.create("/editions/" + result.state().editionId()))
                        .tag(Versions.etag(result.version())).entity(view(result)).build()));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get an edition; with ?tz each instant is also shown in that IANA zone")
    @APIResponse(responseCode = "200", description = "The edition; ETag is its version")
    @APIResponse(responseCode = "400", description = "Unknown tz or malformed id",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown edition")
    public Uni<Response> get(@PathParam("id") String id,
            @Parameter(description = "IANA time zone id", example = "Asia/Kolkata") @QueryParam("tz") String tz) {
        UUID editionId = Ids.uuid("id", id);
        ZoneId zone = zone(tz);
        return publicCaller.identity().flatMap(identity -> editions.get(editionId).map(folded -> Response
                .ok(EditionResponse.of(folded.state(), folded.version(), zone, identity.hasRole(Roles.ORGANIZER),
                        editions.now()))
                .tag(Versions.etag(folded.version())).build()));
    }

    @PUT
    @Path("/{id}/timeline")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Replace the timeline, saying why (organizer; If-Match required)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "extend voting", value = TIMELINE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Changed (TimelineChanged recorded with who and why)")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Uni<Response> changeTimeline(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ChangeTimelineRequest request) {
        UUID editionId = Ids.uuid("id", id);
        long expected = Versions.requireIfMatch(ifMatch);
        return editions.changeTimeline(editionId, request, expected, caller).map(this::ok);
    }

    @POST
    @Path("/{id}/results-publication")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Publish the vote results: leaderboards become public (organizer; after voting closes)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "no body", value = "{}")))
    @APIResponse(responseCode = "200", description = "Published (ResultsPublished); repeating changes nothing")
    @APIResponse(responseCode = "422", description = "Voting has not closed yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "window",
                    value = WINDOW_PROBLEM)))
    public Uni<Response> publishResults(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        UUID editionId = Ids.uuid("id", id);
        return editions.publishResults(editionId, Versions.ifMatch(ifMatch), caller).map(this::ok);
    }

    private Response ok(CommandResult<EditionEvent, Edition> result) {
        return Response.ok(view(result)).tag(Versions.etag(result.version())).build();
    }

    private EditionResponse view(CommandResult<EditionEvent, Edition> result) {
        return EditionResponse.of(result.state(), result.version(), null, true, editions.now());
    }

    private static ZoneId zone(String tz) {
        if (tz == null || tz.isBlank()) {
            return null;
        }
        try {
            if (!tz.contains("/") && !tz.equals("UTC")) {
                throw new DateTimeException(tz);
            }
            return ZoneId.of(tz);
        } catch (DateTimeException e) {
            throw new InvalidInputException("tz", "must be an IANA time zone id such as Asia/Kolkata");
        }
    }
}
