package org.hlc.award.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.award.edition.Edition;
import org.hlc.award.edition.EditionService;
import org.hlc.award.support.PublicCaller;
import org.hlc.platform.feed.EventFeed;
import org.hlc.platform.feed.FeedEvent;
import org.hlc.platform.feed.FeedPosition;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.Problem;
import org.hlc.platform.security.Roles;
import org.jboss.logging.Logger;

/** The award events of one edition as Server-Sent Events, from the event log, role-filtered ({@link StreamView}). */
@Path("/editions/{id}/stream")
@Tag(name = "Award stream", description = "The edition's award events live, resumable with Last-Event-ID")
@PermitAll
public class EditionStreamResource {
    private static final Logger LOG = Logger.getLogger(EditionStreamResource.class);
    private static final long POLL_MILLIS = 250;
    /** Catching up: at most this many feed batches per poll, so one reader cannot hog the event loop. */
    private static final int MAX_BATCHES_PER_POLL = 20;
    private static final long KEEP_ALIVE_MILLIS = 15_000;
    /** Connections end after this; EventSource clients reconnect by themselves, sending Last-Event-ID. */
    private static final long MAX_CONNECTION_MILLIS = 15 * 60 * 1000;
    private static final Duration SETUP_TIMEOUT = Duration.ofSeconds(10);
    private static final String EXAMPLE = """
            id: 81234-4711
            event: hlc.award.EntryAccepted
            data: {"id":"0b7e...","type":"hlc.award.EntryAccepted","subject":"entry-9a7c2e4b-1d3f-4a5b-8c6d-7e8f9a0b1c2d",
            data:  "streamVersion":2,"time":"2026-11-16T09:00:00Z","data":{"entryId":"9a7c2e4b-...","editionId":"3f2c1a9e-...","reviewedAt":"2026-11-16T09:00:00Z"}}
            """;

    private final EventFeed feed;
    private final EditionService editions;
    private final PublicCaller caller;
    private final Vertx vertx;
    private final ObjectMapper mapper;

    public EditionStreamResource(EventFeed feed, EditionService editions, PublicCaller caller, Vertx vertx,
            ObjectMapper mapper) {
        this.feed = feed;
        this.editions = editions;
        this.caller = caller;
        this.vertx = vertx;
        this.mapper = mapper;
    }

    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The edition's award events as Server-Sent Events (public; what is shown depends on the role)",
            description = "Each SSE event is named after the CloudEvents type (hlc.award.VoteCast, ...), its id is a "
                    + "position in the event log (<tx>-<position>) and its data is {id, type, subject, streamVersion, "
                    + "time, data} with data = the event payload of contracts/award. Reconnect with Last-Event-ID to "
                    + "resume after the last event seen; without it the stream starts at the edition's first event. "
                    + "Organizers see every event. Everyone else sees the edition's creation, timeline "
                    + "changes and results publication (without the organizer's subject), accepted/withdrawn "
                    + "entries (without reviewer, reasons), semi-finalists without "
                    + "contact data, and - only after ResultsPublished - votes and vote moderations without voter, "
                    + "network or reason; never per-voter ballots, integrity flags, revised proposals or entries "
                    + "not accepted. Connections close after 15 minutes (clients reconnect); ': keep-alive' comments "
                    + "every 15 s when idle.")
    @APIResponse(responseCode = "200", description = "text/event-stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, examples = @ExampleObject(name = "event",
                    value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Malformed Last-Event-ID or id",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown edition", content = @Content(
            mediaType = Problem.MEDIA_TYPE))
    public void stream(@PathParam("id") String id,
            @Parameter(description = "The id of the last event received, to resume after it", example = "81234-4711")
            @HeaderParam("Last-Event-ID") String lastEventId,
            @Context SseEventSink sink, @Context Sse sse) {
        UUID editionId = Ids.uuid("id", id);
        FeedPosition start = FeedPosition.parse(lastEventId);
        SecurityIdentity identity = caller.identity().await().atMost(SETUP_TIMEOUT);
        Edition edition = editions.get(editionId).await().atMost(SETUP_TIMEOUT).state(); // 404 when unknown
        StreamView view = new StreamView(editionId.toString(), identity.hasRole(Roles.ORGANIZER),
                edition.resultsPublished());
        AtomicReference<FeedPosition> position = new AtomicReference<>(start);
        AtomicBoolean busy = new AtomicBoolean();
        AtomicLong lastSent = new AtomicLong(System.currentTimeMillis());
        long deadline = System.currentTimeMillis() + MAX_CONNECTION_MILLIS;
        vertx.setPeriodic(0, POLL_MILLIS, timer -> {
            if (sink.isClosed() || System.currentTimeMillis() > deadline) {
                vertx.cancelTimer(timer);
                sink.close();
                return;
            }
            if (!busy.compareAndSet(false, true)) {
                return;
            }
            pump(view, position, sink, sse, lastSent, MAX_BATCHES_PER_POLL).subscribe().with(
                    sent -> busy.set(false),
                    failure -> {
                        LOG.warnf("award stream poll failed for edition %s: %s", editionId, failure.getMessage());
                        busy.set(false);
                    });
        });
    }

    /** Reads batches until the log is caught up (or the per-poll budget is spent) and sends what the reader sees. */
    private Uni<Void> pump(StreamView view, AtomicReference<FeedPosition> position, SseEventSink sink, Sse sse,
            AtomicLong lastSent, int batchesLeft) {
        return feed.next(position.get(), view.streamTypes()).flatMap(events -> {
            for (FeedEvent event : events) {
                position.set(event.position());
                Optional<StreamView.Shown> shown = view.view(event);
                if (shown.isPresent() && !sink.isClosed()) {
                    send(sink, sse, shown.get());
                    lastSent.set(System.currentTimeMillis());
                }
            }
            if (!events.isEmpty() && batchesLeft > 1 && !sink.isClosed()) {
                return pump(view, position, sink, sse, lastSent, batchesLeft - 1);
            }
            if (System.currentTimeMillis() - lastSent.get() > KEEP_ALIVE_MILLIS && !sink.isClosed()) {
                sink.send(sse.newEventBuilder().comment("keep-alive").build()).exceptionally(failure -> {
                    sink.close();
                    return null;
                });
                lastSent.set(System.currentTimeMillis());
            }
            return Uni.createFrom().voidItem();
        });
    }

    private void send(SseEventSink sink, Sse sse, StreamView.Shown shown) {
        FeedEvent event = shown.event();
        ObjectNode envelope = mapper.createObjectNode();
        envelope.put("id", event.eventId().toString());
        envelope.put("type", event.type());
        if (shown.showSubject()) {
            envelope.put("subject", event.streamId());
        }
        envelope.put("streamVersion", event.streamVersion());
        envelope.put("time", event.occurredAt().toString());
        envelope.set("data", event.payload());
        sink.send(sse.newEventBuilder().id(event.position().id()).name(event.type())
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(String.class, envelope.toString()).build())
                .exceptionally(failure -> {
                    sink.close();
                    return null;
                });
    }
}
