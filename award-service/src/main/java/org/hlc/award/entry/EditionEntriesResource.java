package org.hlc.award.entry;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
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
import org.hlc.award.entry.catalogue.CatalogueQuery;
import org.hlc.award.support.PublicCaller;
import org.hlc.award.support.QueryParams;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.Cursors;
import org.hlc.platform.http.IdempotencyService;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.Problem;
import org.hlc.platform.http.Versions;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;

/** Entries of one edition: submitting and the public catalogue. */
@Path("/editions/{editionId}/entries")
@Tag(name = "Entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EditionEntriesResource {
    private static final String CALL_CLOSED = """
            {"type": "https://hlc.example.org/problems/outside-phase-window", "status": 422,
             "title": "Domain rule violated: outside-phase-window", "rule": "outside-phase-window",
             "phase": "CALL_FOR_ENTRIES", "opensAt": "2026-10-01T00:00:00Z", "closesAt": "2026-11-15T23:59:59Z"}""";

    private final EntryService entries;
    private final CatalogueQuery catalogue;
    private final IdempotencyService idempotency;
    private final RequestContext caller;
    private final PublicCaller publicCaller;

    public EditionEntriesResource(EntryService entries, CatalogueQuery catalogue, IdempotencyService idempotency,
            RequestContext caller, PublicCaller publicCaller) {
        this.entries = entries;
        this.catalogue = catalogue;
        this.idempotency = idempotency;
        this.caller = caller;
        this.publicCaller = publicCaller;
    }

    @POST
        @Authenticated
    @Operation(summary = "Submit an entry while the call for entries is open; the caller is the applicant")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "entry", value = EntryResource.ENTRY_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Submitted; Location and ETag set")
    @APIResponse(responseCode = "400", description = "Invalid field (e.g. category not of the edition, links[0])",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The call for entries is not open",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "closed",
                    value = CALL_CLOSED)))
    public Uni<Response> submit(@PathParam("editionId") String editionId, @Valid @NotNull EntryRequest request,
            @Parameter(description = "Repeat-safe retries") @HeaderParam(IdempotencyService.HEADER) String key) {
        UUID edition = Ids.uuid("editionId", editionId);
        return idempotency.execute(key, caller.subject() + " POST /editions/" + edition + "/entries", request,
                () -> entries.submit(edition, request, caller).map(result -> Response
                        .created(URI.create("/entries/" + result.state().entryId()))
                        .tag(Versions.etag(result.version())).entity(EntryResource.full(result)).build()));
    }

    @GET
    @PermitAll
    @Operation(summary = "List accepted entries of an edition, oldest first, with filters and cursor pagination",
            description = "Organizers may pass status to see entries under review, rejected or withdrawn.")
    @APIResponse(responseCode = "200", description = "A page of entries with a next link when there are more")
    @APIResponse(responseCode = "400", description = "Bad filter, limit or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> list(@PathParam("editionId") String editionId,
            @Parameter(example = "KE") @QueryParam("country") String country,
            @Parameter(example = "Water") @QueryParam("category") String category,
            @Parameter(description = "Words in title or summary", example = "solar") @QueryParam("q") String text,
            @Parameter(description = "Organizers only; default ACCEPTED") @QueryParam("status") String status,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        UUID edition = Ids.uuid("editionId", editionId);
        EntryStatus wanted = status == null ? EntryStatus.ACCEPTED : QueryParams.enumValue("status", EntryStatus.class, status);
        QueryParams.country("country", country);
        int pageSize = Cursors.limit(limit);
        Optional<String> after = Cursors.decode(cursor);
        return publicCaller.identity().flatMap(identity -> {
            if (wanted != EntryStatus.ACCEPTED && !identity.hasRole(Roles.ORGANIZER)) {
                throw new AccessDeniedException("only organizers list entries that are not accepted");
            }
            return catalogue.page(new CatalogueQuery.Filter(edition, wanted, country, category, text), after,
                    pageSize + 1);
        }).map(rows -> Cursors.page(rows, pageSize, CatalogueQuery::cursorKey, uri));
    }
}
