package org.hlc.webinar.questions;

import io.quarkus.security.Authenticated;
import io.vertx.mutiny.core.Vertx;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.InvalidInputException;
import org.jboss.logging.Logger;

@Path("/webinars/{webinarId}/questions/stream")
@Tag(name = "Q&A")
@Authenticated
public class QuestionStreamResource {
    private static final Logger LOG = Logger.getLogger(QuestionStreamResource.class);
    private static final long POLL_MILLIS = 500;
    /** Connections end after this; EventSource clients reconnect by themselves, sending Last-Event-ID. */
    private static final long MAX_CONNECTION_MILLIS = 15 * 60 * 1000;

    private final QuestionFeed feed;
    private final Vertx vertx;

    public QuestionStreamResource(QuestionFeed feed, Vertx vertx) {
        this.feed = feed;
        this.vertx = vertx;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live questions, votes, answers and hidings as Server-Sent Events",
            description = "Each event is named after what happened (QuestionAsked, QuestionUpvoted, ...) and carries "
                    + "the question as it now is; its id is a position in the feed. Reconnect with Last-Event-ID to "
                    + "resume after the last event seen; without it the stream starts from the first question.")
    @APIResponse(responseCode = "200", description = "text/event-stream")
    @APIResponse(responseCode = "400", description = "Malformed Last-Event-ID or webinarId")
    public void stream(@PathParam("webinarId") String webinarId,
            @Parameter(description = "The id of the last event received, to resume after it")
            @HeaderParam("Last-Event-ID") String lastEventId,
            @Context SseEventSink sink, @Context Sse sse) {
        UUID id = Ids.uuid("webinarId", webinarId);
        AtomicLong position = new AtomicLong(parse(lastEventId));
        AtomicBoolean busy = new AtomicBoolean();
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
            feed.after(id, position.get()).subscribe().with(entries -> {
                for (QuestionFeed.Entry entry : entries) {
                    sink.send(sse.newEventBuilder().id(Long.toString(entry.seq())).name(entry.kind())
                            .mediaType(MediaType.APPLICATION_JSON_TYPE).data(String.class, entry.data()).build())
                            .exceptionally(failure -> {
                                sink.close();
                                return null;
                            });
                    position.set(entry.seq());
                }
                busy.set(false);
            }, failure -> {
                LOG.warnf("question feed poll failed for webinar %s: %s", id, failure.getMessage());
                busy.set(false);
            });
        });
    }

    private static long parse(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return 0;
        }
        try {
            long value = Long.parseLong(lastEventId.trim());
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Last-Event-ID", "must be the id of an event this stream sent");
        }
    }
}
