package org.hlc.learning.programme;

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
import org.hlc.learning.membership.MembershipQuery;
import org.hlc.learning.membership.ProgrammeMember;
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

@Path("/programmes")
@Tag(name = "Programme", description = "The two-week programme of an award edition: weeks, modules, materials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ProgrammeResource {
    private static final String CREATE_EXAMPLE = """
            {"editionId": "5b0e7c7a-4c1d-4b8e-9f0a-2d3c4b5a6978", "cohort": "2015-programme",
             "title": "HLC 2015 semi-finalist programme",
             "startsOn": "2015-03-02", "endsOn": "2015-03-15"}""";
    private static final String MODULE_EXAMPLE = """
            {"week": 1, "topic": "finance-and-revenue-models", "title": "Finance and revenue models"}""";
    private static final String MATERIAL_EXAMPLE = """
            {"title": "Unit economics in one page", "markdown": "## Why unit economics\\nStart from *one* customer.",
             "links": ["https://example.org/unit-economics"], "releaseAt": "2015-03-02T06:00:00Z"}""";
    private static final String PROBLEM_EXAMPLE = """
            {"type": "https://hlc.example.org/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "topic: must be one of finance-and-revenue-models, ...", "instance": "/programmes/.../modules",
             "invalid-params": [{"name": "topic", "reason": "must be one of finance-and-revenue-models, ..."}]}""";

    private static final String MATERIAL_RESPONSE = """
            {"id": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "title": "Unit economics in one page",
             "markdown": "## Why unit economics\nStart from *one* customer.",
             "links": ["https://example.org/unit-economics"], "releaseAt": "2015-03-02T06:00:00Z"}""";
    private static final String MEMBERS_RESPONSE = """
            [{"personId": "0b6f3c1e-5d7a-4f2b-9c8e-1a2b3c4d5e6f", "displayName": "Amina Njoroge",
              "timeZone": "Africa/Nairobi", "groupId": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7",
              "groupName": "East Africa 1"}]""";

    private final ProgrammeService programmes;
    private final MembershipQuery membership;
    private final IdempotencyService idempotency;
    private final RequestContext caller;

    public ProgrammeResource(ProgrammeService programmes, MembershipQuery membership, IdempotencyService idempotency,
            RequestContext caller) {
        this.programmes = programmes;
        this.membership = membership;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Create a programme (cohort) for an award edition (organizer)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "two weeks", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set")
    @APIResponse(responseCode = "400", description = "Invalid field", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "bad field", value = PROBLEM_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Not an organizer")
    public Uni<Response> create(@Valid @NotNull CreateProgrammeRequest request,
            @Parameter(description = "Repeat-safe retries") @HeaderParam(IdempotencyService.HEADER) String key) {
        return idempotency.execute(key, caller.subject() + " POST /programmes", request,
                () -> programmes.create(request, caller).map(result -> written(result, 201)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A programme with its modules; participants see only material released by now")
    @APIResponse(responseCode = "200", description = "The programme; ETag is its version")
    @APIResponse(responseCode = "404", description = "Unknown programme")
    public Uni<Response> get(@PathParam("id") String id) {
        UUID programmeId = Ids.uuid("id", id);
        return programmes.get(programmeId).map(folded -> Response
                .ok(ProgrammeView.of(folded.state(), folded.version(), seesUnreleased(), programmes.now()))
                .tag(Versions.etag(folded.version())).build());
    }

    @POST
    @Path("/{id}/modules")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Add a module on one of the programme topics to a week (organizer); If-Match optional")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "finance", value = MODULE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Added; the body is the whole programme")
    @APIResponse(responseCode = "400", description = "Unknown topic or week")
    @APIResponse(responseCode = "404", description = "Unknown programme")
    @APIResponse(responseCode = "409", description = "The programme already has a module on this topic")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Uni<Response> addModule(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AddModuleRequest request) {
        UUID programmeId = Ids.uuid("id", id);
        return programmes.addModule(programmeId, request, Versions.ifMatch(ifMatch), caller)
                .map(result -> written(result, 201));
    }

    @POST
    @Path("/{id}/modules/{moduleId}/materials")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Add material (Markdown, links) to a module, released at an instant (organizer)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reading", value = MATERIAL_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Added; the body is the whole programme")
    @APIResponse(responseCode = "400", description = "Invalid field, e.g. markdown longer than 20,000 characters")
    @APIResponse(responseCode = "404", description = "Unknown programme or module")
    public Uni<Response> addMaterial(@PathParam("id") String id, @PathParam("moduleId") String moduleId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull AddMaterialRequest request) {
        UUID programmeId = Ids.uuid("id", id);
        UUID module = Ids.uuid("moduleId", moduleId);
        return programmes.addMaterial(programmeId, module, request, Versions.ifMatch(ifMatch), caller)
                .map(result -> written(result, 201));
    }

    @GET
    @Path("/{id}/materials/{materialId}")
    @Operation(summary = "Read one material; a learner's first read of released material counts as seen in progress",
            description = "Participants get 404 until the release instant; organizers, coaches and experts see it "
                    + "at once. For a learner of the programme the first read appends MaterialRead (once per person "
                    + "and material), which feeds modulesSeen and materialsRead in progress.")
    @APIResponse(responseCode = "200", description = "The material", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "material",
                    value = MATERIAL_RESPONSE)))
    @APIResponse(responseCode = "404", description = "Unknown programme or material, or not released yet")
    public Uni<ProgrammeView.MaterialView> material(@PathParam("id") String id,
            @PathParam("materialId") String materialId) {
        UUID programmeId = Ids.uuid("id", id);
        UUID material = Ids.uuid("materialId", materialId);
        return programmes.readMaterial(programmeId, material, seesUnreleased(), caller);
    }

    @GET
    @Path("/{id}/members")
    @RolesAllowed({ Roles.ORGANIZER, Roles.COACH })
    @Operation(summary = "The learners of the programme, with their coaching group (organizers and coaches)",
            description = "A learner is a person with the participant role who was invited as a semi-finalist of "
                    + "the programme's award edition, or who is in a coaching group of the programme's cohort "
                    + "(both from participants-service events).")
    @APIResponse(responseCode = "200", description = "The learners by name", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "members",
                    value = MEMBERS_RESPONSE)))
    @APIResponse(responseCode = "404", description = "Unknown programme")
    public Uni<List<ProgrammeMember>> members(@PathParam("id") String id) {
        UUID programmeId = Ids.uuid("id", id);
        return programmes.get(programmeId).flatMap(folded -> membership.learners(folded.state().editionId(),
                folded.state().cohort()));
    }

    private boolean seesUnreleased() {
        return caller.hasRole(Roles.ORGANIZER) || caller.hasRole(Roles.COACH) || caller.hasRole(Roles.EXPERT);
    }

    private Response written(CommandResult<ProgrammeEvent, Programme> result, int status) {
        return Response.status(status).location(URI.create("/programmes/" + result.state().programmeId()))
                .tag(Versions.etag(result.version()))
                .entity(ProgrammeView.of(result.state(), result.version(), true, programmes.now())).build();
    }
}
