package org.hlc.participants.person;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.participants.person.directory.DirectoryFilter;
import org.hlc.participants.person.directory.DirectoryQuery;
import org.hlc.participants.person.profile.Audience;
import org.hlc.participants.person.profile.Visibility;
import org.hlc.platform.http.Cursors;
import org.hlc.platform.http.IdempotencyService;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.InvalidInputException;
import org.hlc.platform.http.Problem;
import org.hlc.platform.http.Versions;
import org.hlc.platform.security.RequestContext;

@Path("/participants")
@Tag(name = "Participants", description = "People of the community and their profiles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class PersonResource {
    private static final String REGISTER_EXAMPLE = """
            {"displayName": "Amina Njoroge", "email": "amina@example.org", "country": "KE",
             "timeZone": "Africa/Nairobi", "roles": ["participant"]}""";
    private static final String PROBLEM_EXAMPLE = """
            {"type": "https://hlc.example.org/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "timeZone: must be an IANA time zone id such as Africa/Nairobi", "instance": "/participants",
             "invalid-params": [{"name": "timeZone", "reason": "must be an IANA time zone id such as Africa/Nairobi"}]}""";

    static final String PROFILE_EXAMPLE = """
            {"displayName": "Amina Njoroge", "organisation": "Maji Safi", "country": "KE",
             "timeZone": "Africa/Nairobi", "bio": "Water engineer", "initiativeName": "Maji Safi kiosks",
             "initiativeSummary": "Clean water through community-run kiosks", "region": "EAST_AFRICA",
             "languages": ["sw", "en"],
             "availability": {"MONDAY": [{"from": "08:00", "to": "12:00"}, {"from": "14:00", "to": "18:00"}],
                              "SATURDAY": [], "SUNDAY": []},
             "introVideo": {"url": "https://video.example.org/amina.mp4", "durationSeconds": 90},
             "wantsToLearn": ["finance-and-revenue-models", "upscaling"],
             "canContribute": ["prototyping", "community water"],
             "visibility": {"email": "PRIVATE", "bio": "PUBLIC", "availability": "COMMUNITY"}}""";

    private final PersonService people;
    private final DirectoryQuery directory;
    private final IdempotencyService idempotency;
    private final RequestContext caller;

    public PersonResource(PersonService people, DirectoryQuery directory, IdempotencyService idempotency,
            RequestContext caller) {
        this.people = people;
        this.directory = directory;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Register a person",
            description = "Organizers register anyone; others register themselves with roles their account holds.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "participant", value = REGISTER_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag set")
    @APIResponse(responseCode = "400", description = "Invalid field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "bad zone",
                    value = PROBLEM_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "This subject is already registered")
    public Uni<Response> register(@Valid @NotNull RegisterPersonRequest request,
            @Parameter(description = "Repeat-safe retries: same key and body give the same response")
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.execute(idempotencyKey, caller.subject() + " POST /participants", request,
                () -> people.register(request, caller).map(result -> Response
                        .created(URI.create("/participants/" + result.state().personId()))
                        .tag(Versions.etag(result.version()))
                        .entity(PersonResponse.of(result.state(), result.version(), Visibility.PRIVATE)).build()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a person; the ETag is the version to send in If-Match",
            description = "Fields are shown according to their visibility: PUBLIC to every signed-in caller, "
                    + "COMMUNITY to participants, coaches, experts, jury and organizers, PRIVATE to the person and "
                    + "organizers.")
    @APIResponse(responseCode = "200", description = "The person")
    @APIResponse(responseCode = "404", description = "Unknown person")
    public Uni<Response> get(@PathParam("id") String id) {
        UUID personId = Ids.uuid("id", id);
        return people.get(personId).map(folded -> Response
                .ok(PersonResponse.of(folded.state(), folded.version(),
                        Audience.of(caller, folded.state().subject())))
                .tag(Versions.etag(folded.version())).build());
    }

    @GET
    @Operation(summary = "List and search people, oldest registration first, with cursor pagination",
            description = "Every filter is optional and matches only values the caller may see under the person's "
                    + "visibility choices; tag matches wantsToLearn or canContribute; text searches name, "
                    + "organisation, initiative and bio.")
    @APIResponse(responseCode = "200", description = "A page of people with a next link when there are more")
    @APIResponse(responseCode = "400", description = "Invalid filter, limit or cursor")
    public Uni<Response> list(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit,
            @Parameter(example = "KE") @QueryParam("country") String country,
            @Parameter(example = "EAST_AFRICA") @QueryParam("region") String region,
            @Parameter(example = "participant") @QueryParam("role") String role,
            @Parameter(example = "prototyping") @QueryParam("tag") String tag,
            @Parameter(example = "Africa/Nairobi") @QueryParam("zone") String zone,
            @Parameter(example = "water") @QueryParam("text") String text,
            @Context UriInfo uri) {
        int pageSize = Cursors.limit(limit);
        DirectoryFilter filter = SearchFilters.parse(country, region, role, tag, zone, text);
        return directory.page(Cursors.decode(cursor), pageSize + 1, Audience.general(caller), caller.subject(), filter)
                .map(rows -> Cursors.page(rows, pageSize, DirectoryQuery::cursorKey, uri));
    }

    @PUT
    @Path("/{id}/profile")
    @Operation(summary = "Replace a person's profile (self or organizer); requires If-Match with the current ETag")
    @APIResponse(responseCode = "200", description = "Updated; new ETag")
    @APIResponse(responseCode = "403", description = "Not your profile")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @APIResponse(responseCode = "400", description = "Invalid field, e.g. availability.MONDAY[1] overlapping")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "full profile", value = PROFILE_EXAMPLE)))
    public Uni<Response> updateProfile(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UpdateProfileRequest request) {
        UUID personId = Ids.uuid("id", id);
        long expected = Versions.requireIfMatch(ifMatch);
        return people.updateProfile(personId, request, expected, caller).map(result -> Response
                .ok(PersonResponse.of(result.state(), result.version(), Visibility.PRIVATE))
                .tag(Versions.etag(result.version())).build());
    }

    @POST
    @Path("/{id}/roles")
    @RolesAllowed(org.hlc.platform.security.Roles.ORGANIZER)
    @Operation(summary = "Grant a community role (organizer)",
            description = "Records RoleGranted; granting a role the person holds records nothing. If-Match optional.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "make coach", value = "{\"role\": \"coach\"}")))
    @APIResponse(responseCode = "200", description = "The person with the role; new ETag")
    @APIResponse(responseCode = "400", description = "Unknown role")
    @APIResponse(responseCode = "403", description = "Not an organizer")
    @APIResponse(responseCode = "404", description = "Unknown person")
    public Uni<Response> grantRole(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull GrantRoleRequest request) {
        return changeRole(id, request.role(), true, ifMatch);
    }

    @DELETE
    @Path("/{id}/roles/{role}")
    @RolesAllowed(org.hlc.platform.security.Roles.ORGANIZER)
    @Operation(summary = "Revoke a community role (organizer)",
            description = "Records RoleRevoked; revoking a role the person does not hold records nothing.")
    @APIResponse(responseCode = "200", description = "The person without the role; new ETag")
    @APIResponse(responseCode = "400", description = "Unknown role")
    @APIResponse(responseCode = "403", description = "Not an organizer")
    @APIResponse(responseCode = "404", description = "Unknown person")
    public Uni<Response> revokeRole(@PathParam("id") String id, @PathParam("role") String role,
            @HeaderParam("If-Match") String ifMatch) {
        return changeRole(id, role, false, ifMatch);
    }

    @POST
    @Path("/{id}/erasure")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Erase a person's personal data (the person themself or an organizer)",
            description = "Records PersonErased and destroys the person's key: the event log no longer yields their "
                    + "personal fields, every service deletes what it projected about them, and counts (votes, "
                    + "group sizes) stay as they were. Afterwards the person reads as 410 Gone. Repeat-safe.")
    @APIResponse(responseCode = "200", description = "Erased")
    @APIResponse(responseCode = "403", description = "Neither the person nor an organizer")
    @APIResponse(responseCode = "404", description = "Unknown person")
    public Uni<Response> erase(@PathParam("id") String id) {
        UUID personId = Ids.uuid("id", id);
        return people.erase(personId, caller).map(result -> Response
                .ok(java.util.Map.of("id", personId, "erased", true, "version", result.version()))
                .tag(Versions.etag(result.version())).build());
    }

    private Uni<Response> changeRole(String id, String role, boolean grant, String ifMatch) {
        UUID personId = Ids.uuid("id", id);
        if (role == null || !role.matches(Roles.PATTERN)) {
            throw new InvalidInputException("role", "must be one of organizer, coach, expert, participant, jury, voter");
        }
        Optional<Long> expected = ifMatch == null ? Optional.empty() : Optional.of(Versions.requireIfMatch(ifMatch));
        return people.changeRole(personId, role, grant, expected, caller).map(result -> Response
                .ok(PersonResponse.of(result.state(), result.version(), Visibility.PRIVATE))
                .tag(Versions.etag(result.version())).build());
    }
}
