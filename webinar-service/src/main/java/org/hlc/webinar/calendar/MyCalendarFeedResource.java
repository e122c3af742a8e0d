package org.hlc.webinar.calendar;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.platform.http.Versions;
import org.hlc.platform.security.RequestContext;

/** The owner's side of a personal calendar feed: issue (rotate), look at, revoke the private address. */
@Path("/me/calendar-feed")
@Tag(name = "Calendar", description = "Private, revocable iCalendar (RFC 5545) feed per person: registered webinars "
        + "and assignment deadlines")
@Authenticated
public class MyCalendarFeedResource {
    private static final String ISSUED_EXAMPLE = """
            {"personId": "5d1f6c8e-2a8b-4f7e-9d65-2b1c0e7a9f10",
             "url": "http://127.0.0.1:8083/calendar/XR9sjipLT-ydZS8M6n-fECfOqkE5ZlxPmIZb1m3wV0Zvn3L6zZ8tsg.ics",
             "path": "/calendar/XR9sjipLT-ydZS8M6n-fECfOqkE5ZlxPmIZb1m3wV0Zvn3L6zZ8tsg.ics",
             "issuedAt": "2026-12-01T09:00:00Z", "active": true}""";

    private final CalendarFeedService feeds;
    private final RequestContext caller;

    public MyCalendarFeedResource(CalendarFeedService feeds, RequestContext caller) {
        this.feeds = feeds;
        this.caller = caller;
    }

    /** The caller's feed: its address only right after issuing. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FeedAddress(UUID personId, String url, String path, Instant issuedAt, boolean active) {
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue or rotate your private calendar feed address",
            description = "Returns the secret address once (only its SHA-256 is stored); any earlier address stops "
                    + "working at once. Subscribe to it in a calendar app: it needs no token.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "no body", value = "{}")))
    @APIResponse(responseCode = "201", description = "The new address; Location is the feed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "issued", value = ISSUED_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "person-unknown: your account is not known here yet")
    public Uni<Response> issue(@Context UriInfo uri) {
        return feeds.issue(caller).map(issued -> {
            String path = "/calendar/" + issued.token() + ".ics";
            URI url = uri.getBaseUriBuilder().path("calendar").path(issued.token() + ".ics").build();
            return Response.status(201).location(url).tag(Versions.etag(issued.version()))
                    .header("Cache-Control", "no-store")
                    .entity(new FeedAddress(issued.personId(), url.toString(), path, issued.issuedAt(), true))
                    .build();
        });
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether you have a working feed address, and since when (the address is not shown again)")
    @APIResponse(responseCode = "200", description = "active and issuedAt")
    @APIResponse(responseCode = "422", description = "person-unknown")
    public Uni<FeedAddress> status() {
        return feeds.status(caller).map(feed -> new FeedAddress(feed.personId(), null, null, feed.issuedAt(),
                feed.active()));
    }

    @DELETE
    @Operation(summary = "Revoke your feed address; fetching it answers 404 from now on. Revoking twice is harmless.")
    @APIResponse(responseCode = "204", description = "Revoked (or there was none)")
    @APIResponse(responseCode = "422", description = "person-unknown")
    public Uni<Response> revoke() {
        return feeds.revoke(caller).map(version -> Response.noContent().build());
    }

}
