package org.hlc.award.entry;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.platform.eventstore.CommandResult;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.Problem;
import org.hlc.platform.http.ResourceNotFoundException;
import org.hlc.platform.http.Versions;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;
import org.hlc.award.support.PublicCaller;

@Path("/entries")
@Tag(name = "Entries", description = "Entries to an edition: submission, editing, withdrawal, eligibility review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EntryResource {
    static final String ENTRY_EXAMPLE = """
            {"title": "Maji Safi: solar water kiosks", "summary": "Solar-powered kiosks selling clean water by the litre.",
             "country": "KE", "category": "Water",
             "teamMembers": [{"name": "Amina Njoroge", "role": "founder"}, {"name": "Otieno Odhiambo"}],
             "links": ["https://majisafi.example.org"], "contactEmail": "amina@example.org"}""";
    private static final String REVIEW_EXAMPLE = """
            {"decision": "REJECT", "reason": "The organisation is a for-profit company, outside the rules"}""";
    private final EntryService entries;
    private final RequestContext caller;
    private final PublicCaller publicCaller;

    public EntryResource(EntryService entries, RequestContext caller, PublicCaller publicCaller) {
        this.entries = entries;
        this.caller = caller;
        this.publicCaller = publicCaller;
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get an entry: accepted ones are public; others only for the applicant and organizers")
    @APIResponse(responseCode = "200", description = "The entry; ETag is its version")
    @APIResponse(responseCode = "404", description = "Unknown entry, or not visible to the caller")
    public Uni<Response> get(@PathParam("id") String id) {
        UUID entryId = Ids.uuid("id", id);
        return publicCaller.identity().flatMap(identity -> entries.get(entryId).map(folded -> {
            boolean privileged = identity.hasRole(Roles.ORGANIZER)
                    || folded.state().applicantSubject().equals(PublicCaller.subject(identity));
            if (!privileged && folded.state().status() != EntryStatus.ACCEPTED) {
                throw new ResourceNotFoundException("entry", id);
            }
            return Response.ok(EntryResponse.of(folded.state(), folded.version(), privileged))
                    .tag(Versions.etag(folded.version())).build();
        }));
    }

    @PUT
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Replace the entry's text while the call is open (applicant only; If-Match required)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "entry", value = ENTRY_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Edited; new ETag")
    @APIResponse(responseCode = "403", description = "Not your entry")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "422", description = "The call has closed or the entry was withdrawn")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Uni<Response> edit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull EntryRequest request) {
        UUID entryId = Ids.uuid("id", id);
        long expected = Versions.requireIfMatch(ifMatch);
        return entries.edit(entryId, request, expected, caller).map(this::ok);
    }

    @POST
    @Path("/{id}/withdrawal")
    @Authenticated
    @Operation(summary = "Withdraw an entry (applicant or organizer); votes for it are refused from then on")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "withdraw",
            value = "{\"reason\": \"We merged with another applicant\"}")))
    @APIResponse(responseCode = "200", description = "Withdrawn; repeating changes nothing")
    @APIResponse(responseCode = "403", description = "Not your entry")
    public Uni<Response> withdraw(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid WithdrawRequest request) {
        UUID entryId = Ids.uuid("id", id);
        return entries.withdraw(entryId, request, Versions.ifMatch(ifMatch), caller).map(this::ok);
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Record the eligibility review: accept, or reject with a reason (organizer)")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "accept", value = "{\"decision\": \"ACCEPT\"}"),
            @ExampleObject(name = "reject", value = REVIEW_EXAMPLE) }))
    @APIResponse(responseCode = "200", description = "Reviewed")
    @APIResponse(responseCode = "400", description = "A rejection without reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The entry was withdrawn")
    public Uni<Response> review(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReviewRequest request) {
        UUID entryId = Ids.uuid("id", id);
        return entries.review(entryId, request, Versions.ifMatch(ifMatch), caller).map(this::ok);
    }

    private Response ok(CommandResult<EntryEvent, Entry> result) {
        return Response.ok(full(result)).tag(Versions.etag(result.version())).build();
    }

    static EntryResponse full(CommandResult<EntryEvent, Entry> result) {
        return EntryResponse.of(result.state(), result.version(), true);
    }
}
