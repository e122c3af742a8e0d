package org.hlc.participants.groups;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.participants.groups.roster.Roster;
import org.hlc.participants.groups.roster.RosterQuery;
import org.hlc.platform.http.IdempotencyService;
import org.hlc.platform.http.Ids;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;

@Path("/groups")
@Tag(name = "Coaching groups", description = "A cohort's coaching groups: one group per participant per cohort")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupResource {
    private static final String CREATE_EXAMPLE = """
            {"cohort": "2014-programme", "name": "East Africa 1", "region": "EAST_AFRICA",
             "coachPersonId": "0b6f3c1e-5d7a-4f2b-9c8e-1a2b3c4d5e6f"}""";
    private static final String MEMBER_EXAMPLE = """
            {"personId": "5d1f6c8e-2a8b-4f7e-9d65-2b1c0e7a9f10"}""";

    private final GroupService groups;
    private final RosterQuery rosters;
    private final RequestContext caller;
    private final IdempotencyService idempotency;

    public GroupResource(GroupService groups, RosterQuery rosters, RequestContext caller,
            IdempotencyService idempotency) {
        this.groups = groups;
        this.rosters = rosters;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Create a coaching group of a cohort (organizer)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "group", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location set")
    @APIResponse(responseCode = "400", description = "Invalid field")
    @APIResponse(responseCode = "422", description = "coachPersonId names nobody or someone without the coach role")
    public Uni<Response> create(@Valid @NotNull CreateGroupRequest request,
            @Parameter(description = "Repeat-safe retries: same key and body give the same response")
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, caller.subject() + " POST /groups", request,
                () -> groups.create(request, caller).map(group -> Response
                        .created(URI.create("/groups/" + group.groupId())).entity(group).build()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ORGANIZER, Roles.COACH, Roles.PARTICIPANT, Roles.EXPERT})
    @Operation(summary = "Get a coaching group (community members)")
    @APIResponse(responseCode = "200", description = "The group")
    @APIResponse(responseCode = "404", description = "Unknown group")
    public Uni<Group> get(@PathParam("id") String id) {
        return groups.get(Ids.uuid("id", id));
    }

    @POST
    @Path("/{id}/members")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Add a participant to this group (organizer)",
            description = "A participant is in at most one group per cohort: adding someone already placed is 409; "
                    + "use the transfers endpoint to move them.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "member", value = MEMBER_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Added (MemberAdded)")
    @APIResponse(responseCode = "404", description = "Unknown group")
    @APIResponse(responseCode = "409", description = "Already in a group of this cohort (currentGroupId given)")
    @APIResponse(responseCode = "422", description = "personId names nobody or someone without the participant role")
    public Uni<Response> add(@PathParam("id") String id, @Valid @NotNull MemberRequest request) {
        UUID groupId = Ids.uuid("id", id);
        return groups.add(groupId, request.personId(), caller).map(result -> Response
                .created(URI.create("/groups/" + groupId + "/members")).entity(result.state()).build());
    }

    @POST
    @Path("/{id}/transfers")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Move a participant into this group from their group of the same cohort (organizer)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "member", value = MEMBER_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Moved (MemberMoved), or already here")
    @APIResponse(responseCode = "404", description = "Unknown group")
    @APIResponse(responseCode = "422", description = "The person is in no group of this cohort")
    public Uni<Membership> move(@PathParam("id") String id, @Valid @NotNull MemberRequest request) {
        return groups.move(Ids.uuid("id", id), request.personId(), caller).map(result -> result.state());
    }

    @GET
    @Path("/{id}/members")
    @RolesAllowed({Roles.ORGANIZER, Roles.COACH})
    @Operation(summary = "The group's members with each one's local time now (its coach or organizers)")
    @APIResponse(responseCode = "200", description = "The roster")
    @APIResponse(responseCode = "403", description = "Not this group's coach")
    @APIResponse(responseCode = "404", description = "Unknown group")
    public Uni<Roster> members(@PathParam("id") String id) {
        return rosters.roster(Ids.uuid("id", id), caller.subject(), caller.hasRole(Roles.ORGANIZER));
    }
}
