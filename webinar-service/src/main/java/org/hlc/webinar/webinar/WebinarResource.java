package org.hlc.webinar.webinar;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.platform.eventstore.CommandResult;
import org.hlc.platform.http.Cursors;
import org.hlc.platform.http.IdempotencyService;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.Problem;
import org.hlc.platform.http.Versions;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;
import org.hlc.webinar.webinar.listing.WebinarListingQuery;

@Path("/webinars")
@Tag(name = "Webinars", description = "Scheduling, rescheduling and cancelling webinars; registration and attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class WebinarResource {
    private static final String SCHEDULE_EXAMPLE = """
            {"programmeId": "3f2c1a9e-6b1d-4c57-9a41-0d2f7e5b8c13", "topic": "impact-measurement",
             "title": "Measuring impact on a shoestring", "hostId": "0b6f3c1e-5d7a-4f2b-9c8e-1a2b3c4d5e6f",
             "startsAt": "2026-12-07T13:00:00Z", "durationMinutes": 60, "capacity": 25,
             "joinUrl": "https://meet.example.org/hlc-impact", "waitlist": true}""";
    private static final String PAST_EXAMPLE = """
            {"type": "https://hlc.example.org/problems/start-in-past", "title": "Domain rule violated: start-in-past",
             "status": 422, "detail": "a webinar must start in the future", "rule": "start-in-past"}""";
    private static final String AUDIENCE_EXAMPLE = """
            {"type": "https://hlc.example.org/problems/not-in-audience", "title": "Not in the webinar's audience",
             "status": 403, "rule": "not-in-audience",
             "detail": "this webinar is for the members and coach of coaching group 3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7"}""";
    private static final String FULL_EXAMPLE = """
            {"type": "https://hlc.example.org/problems/webinar-full", "title": "Domain rule violated: webinar-full",
             "status": 422, "rule": "webinar-full", "capacity": 25,
             "detail": "webinar 5d1f6c8e-2a8b-4f7e-9d65-2b1c0e7a9f10 is full and has no waitlist"}""";
    private static final String RESCHEDULE_EXAMPLE = """
            {"startsAt": "2026-12-08T07:00:00Z", "durationMinutes": 45}""";
    private static final String CANCEL_EXAMPLE = """
            {"reason": "The expert is ill; a new date follows"}""";
    private static final String RECORDING_EXAMPLE = """
            {"recordingUrl": "https://video.example.org/hlc-impact-recording"}""";
    private static final String ATTENDANCE_EXAMPLE = """
            {"personId": "5d1f6c8e-2a8b-4f7e-9d65-2b1c0e7a9f10",
             "intervals": [{"joinedAt": "2026-12-07T13:02:00Z", "leftAt": "2026-12-07T13:30:00Z"},
                           {"joinedAt": "2026-12-07T13:33:00Z", "leftAt": "2026-12-07T14:00:00Z"}]}""";

    private final WebinarService webinars;
    private final WebinarListingQuery listing;
    private final IdempotencyService idempotency;
    private final RequestContext caller;

    public WebinarResource(WebinarService webinars, WebinarListingQuery listing, IdempotencyService idempotency,
            RequestContext caller) {
        this.webinars = webinars;
        this.listing = listing;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ORGANIZER, Roles.EXPERT})
    @Operation(summary = "Schedule a webinar (organizer or expert)",
            description = "The host must be an expert known to webinar-service; the start must be in the future.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "programme webinar", value = SCHEDULE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Scheduled; Location and ETag set; WebinarScheduled published")
    @APIResponse(responseCode = "400", description = "Invalid field, e.g. durationMinutes over 240 or a non-http joinUrl")
    @APIResponse(responseCode = "422", description = "start-in-past, host-unknown or host-not-expert",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "start in the past",
                    value = PAST_EXAMPLE)))
    public Uni<Response> schedule(@Valid @NotNull ScheduleWebinarRequest request,
            @Parameter(description = "Repeat-safe retries: same key and body give the same response")
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, caller.subject() + " POST /webinars", request,
                () -> webinars.schedule(request, caller).flatMap(result -> respond(result, 201)));
    }

    @GET
    @Operation(summary = "List a programme's webinars by start, each start also in the caller's zone",
            description = "The zone is ?tz= when given, else the caller's profile zone, else UTC.")
    @APIResponse(responseCode = "200", description = "A page of webinars with a next link when there are more")
    @APIResponse(responseCode = "400", description = "Missing programmeId, unknown tz, bad cursor or limit")
    public Uni<Response> list(@QueryParam("programmeId") String programmeId, @QueryParam("tz") String tz,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        UUID programme = Ids.uuid("programmeId", programmeId);
        int pageSize = Cursors.limit(limit);
        return webinars.view(tz, caller).flatMap(view -> listing.page(programme, Cursors.decode(cursor),
                pageSize + 1, view.zone())).map(rows -> Cursors.page(rows, pageSize, WebinarListingQuery::cursorKey,
                        uri));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a webinar with its start in the caller's zone; the ETag is the version for If-Match")
    @APIResponse(responseCode = "200", description = "The webinar, with the caller's own registration status")
    @APIResponse(responseCode = "404", description = "Unknown webinar")
    public Uni<Response> get(@PathParam("id") String id, @QueryParam("tz") String tz) {
        UUID webinarId = Ids.uuid("id", id);
        return webinars.view(tz, caller).flatMap(view -> webinars.get(webinarId).map(folded -> Response
                .ok(WebinarResponse.of(folded.state(), folded.version(), view.zone(), view.personId()))
                .tag(Versions.etag(folded.version())).build()));
    }

    @PUT
    @Path("/{id}/schedule")
    @Operation(summary = "Reschedule (host or organizer); requires If-Match; publishes WebinarRescheduled")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "a day later, shorter", value = RESCHEDULE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Rescheduled; new ETag; sequence bumped")
    @APIResponse(responseCode = "403", description = "Neither the host nor an organizer")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "start-in-past or webinar-cancelled")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Uni<Response> reschedule(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull RescheduleWebinarRequest request) {
        UUID webinarId = Ids.uuid("id", id);
        long expected = Versions.requireIfMatch(ifMatch);
        return webinars.reschedule(webinarId, request, expected, caller).flatMap(result -> respond(result, 200));
    }

    @POST
    @Path("/{id}/cancellation")
    @Operation(summary = "Cancel (host or organizer); requires If-Match; publishes WebinarCancelled")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "expert ill", value = CANCEL_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Cancelled (or already cancelled); new ETag")
    @APIResponse(responseCode = "403", description = "Neither the host nor an organizer")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "webinar-over")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Uni<Response> cancel(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CancelWebinarRequest request) {
        UUID webinarId = Ids.uuid("id", id);
        long expected = Versions.requireIfMatch(ifMatch);
        return webinars.cancel(webinarId, request, expected, caller).flatMap(result -> respond(result, 200));
    }

    @PUT
    @Path("/{id}/recording")
    @Operation(summary = "Publish the recording link (host or organizer); requires If-Match")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "recording", value = RECORDING_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Recorded; new ETag")
    @APIResponse(responseCode = "400", description = "Not an http(s) URL")
    @APIResponse(responseCode = "403", description = "Neither the host nor an organizer")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Uni<Response> publishRecording(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull RecordingRequest request) {
        UUID webinarId = Ids.uuid("id", id);
        long expected = Versions.requireIfMatch(ifMatch);
        return webinars.publishRecording(webinarId, request, expected, caller).flatMap(result -> respond(result, 200));
    }

    @POST
    @Path("/{id}/registration")
    @Operation(summary = "Register yourself (RSVP); when full you join the waitlist (unless it has none)",
            description = "With the waitlist on (the default) a full webinar answers 201 with myRegistration "
                    + "WAITLISTED and your position; scheduled with \"waitlist\": false it answers 422 webinar-full. "
                    + "Only the webinar's audience may register. Registering again changes nothing.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "no body", value = "{}")))
    @APIResponse(responseCode = "201", description = "Registered or waitlisted")
    @APIResponse(responseCode = "403", description = "not-in-audience: a programme webinar is for people with the "
            + "participant, coach or expert role; a group webinar for the group's members and coach",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not in the group",
                    value = AUDIENCE_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "Unknown webinar")
    @APIResponse(responseCode = "422", description = "webinar-cancelled, webinar-over, webinar-full (full and "
            + "scheduled with waitlist false) or person-unknown",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "full, no waitlist",
                    value = FULL_EXAMPLE)))
    public Uni<Response> register(@PathParam("id") String id) {
        UUID webinarId = Ids.uuid("id", id);
        return webinars.register(webinarId, caller).flatMap(result -> respond(result, 201));
    }

    @DELETE
    @Path("/{id}/registration")
    @Operation(summary = "Cancel your registration; the first on the waitlist gets the seat")
    @APIResponse(responseCode = "200", description = "Cancelled; the webinar as it is now")
    @APIResponse(responseCode = "404", description = "Unknown webinar or you are not registered")
    public Uni<Response> cancelRegistration(@PathParam("id") String id) {
        UUID webinarId = Ids.uuid("id", id);
        return webinars.cancelRegistration(webinarId, caller).flatMap(result -> respond(result, 200));
    }

    @POST
    @Path("/{id}/attendance")
    @Operation(summary = "Record one person's presence (host or organizer); publishes AttendanceRecorded",
            description = "Intervals are clipped to the session and merged; attended = present for at least the "
                    + "configured share (hlc.webinar.attendance-share, default 0.75) of the duration. Recording again "
                    + "for the same person supersedes the earlier figure.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "with a reconnect", value = ATTENDANCE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The attendance outcome")
    @APIResponse(responseCode = "403", description = "Neither the host nor an organizer")
    @APIResponse(responseCode = "422", description = "webinar-not-started, webinar-cancelled or person-unknown")
    public Uni<Response> recordAttendance(@PathParam("id") String id, @Valid @NotNull AttendanceRequest request) {
        UUID webinarId = Ids.uuid("id", id);
        return webinars.recordAttendance(webinarId, request, caller).map(result -> {
            WebinarEvent.AttendanceRecorded recorded = (WebinarEvent.AttendanceRecorded) result.events().get(0);
            return Response.status(201).tag(Versions.etag(result.version())).entity(recorded).build();
        });
    }

    private Uni<Response> respond(CommandResult<WebinarEvent, Webinar> result, int status) {
        Webinar webinar = result.state();
        return webinars.view(null, caller).map(view -> {
            Response.ResponseBuilder builder = Response.status(status).tag(Versions.etag(result.version()))
                    .entity(WebinarResponse.of(webinar, result.version(), view.zone(), view.personId()));
            if (status == 201) {
                builder.location(URI.create("/webinars/" + webinar.webinarId()));
            }
            return builder.build();
        });
    }
}
