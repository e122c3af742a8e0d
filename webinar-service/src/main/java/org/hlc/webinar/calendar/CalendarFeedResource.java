package org.hlc.webinar.calendar;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Calendar apps fetch a personal feed without a token: the secret in the path is the credential. */
@Path("/calendar")
@Tag(name = "Calendar", description = "Private, revocable iCalendar (RFC 5545) feed per person: registered webinars "
        + "and assignment deadlines")
public class CalendarFeedResource {
    static final String TEXT_CALENDAR = "text/calendar";
    private static final String ICS_EXAMPLE = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hlc//webinar-service//EN\r\n"
            + "CALSCALE:GREGORIAN\r\nX-WR-CALNAME:hlc webinars and deadlines\r\nX-WR-TIMEZONE:America/Bogota\r\n"
            + "BEGIN:VEVENT\r\nUID:webinar-5d1f6c8e-2a8b-4f7e-9d65-2b1c0e7a9f10@hlc.example.org\r\n"
            + "DTSTAMP:20261201T090000Z\r\nDTSTART:20261207T130000Z\r\nDTEND:20261207T140000Z\r\nSEQUENCE:1\r\n"
            + "STATUS:CONFIRMED\r\nSUMMARY:Measuring impact\\, on a shoestring\r\n...\r\nEND:VEVENT\r\n"
            + "END:VCALENDAR\r\n";

    private final CalendarFeedService feeds;

    public CalendarFeedResource(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("/{token}.ics")
    @PermitAll
    @Produces(TEXT_CALENDAR)
    @Operation(summary = "The feed (public: the secret token in the path is the credential)",
            description = "VEVENTs for the webinars you are registered for or host (join URL in URL, LOCATION and "
                    + "DESCRIPTION) and, for participants, assignment deadlines, from 90 days back on. Times are "
                    + "UTC (DTSTART:20261207T130000Z); UIDs are stable (webinar-{id}@hlc.example.org, "
                    + "assignment-{id}@hlc.example.org); SEQUENCE counts reschedules (and due date changes) and a "
                    + "cancelled webinar stays with STATUS:CANCELLED and a higher SEQUENCE. CRLF line ends, lines "
                    + "folded at 75 octets.")
    @APIResponse(responseCode = "200", description = "text/calendar; charset=utf-8",
            content = @Content(mediaType = TEXT_CALENDAR, examples = @ExampleObject(name = "feed", value = ICS_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "Unknown, rotated or revoked address")
    public Uni<Response> feed(@Parameter(description = "The secret from POST /me/calendar-feed")
            @PathParam("token") String token) {
        return feeds.render(token).map(ics -> Response.ok(ics, TEXT_CALENDAR + "; charset=utf-8")
                .header("Cache-Control", "private, no-cache").header("X-Robots-Tag", "noindex")
                .header("Referrer-Policy", "no-referrer").build());
    }
}
