package org.hlc.platform.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.hlc.platform.privacy.PersonalFields;
import org.hlc.platform.privacy.SubjectKeys;

/**
 * Server-Sent Events straight from the service's event log: committed events of some streams, in visibility order,
 * resumable with Last-Event-ID. Rows of transactions that may still commit before them are held back (as the relay
 * does), so a resumed reader never misses an event. The caller's filter decides per reader what is shown or redacted.
 */
@ApplicationScoped
public class EventFeed {
    private static final Duration POLL = Duration.ofMillis(250);
    private static final int BATCH = 200;
    private static final String NEXT = """
            select transaction_id::text::bigint as tx, global_position, event_id, event_type, stream_id, stream_type,
                   version, occurred_at, payload::text as payload, data_subject
              from hlc_events
             where (transaction_id, global_position) > ($1::text::xid8, $2)
               and transaction_id < pg_snapshot_xmin(pg_current_snapshot())
               and stream_type = any($3)
             order by transaction_id, global_position
             limit $4""";

    private final Pool pool;
    private final ObjectMapper mapper;

    public EventFeed(Pool pool, ObjectMapper mapper) {
        this.pool = pool;
        this.mapper = mapper;
    }

    /**
     * @param streamTypes the kinds of streams to follow, e.g. {@code edition}, {@code entry}, {@code vote}
     * @param view per reader: the event as shown (possibly redacted), or empty to skip it
     */
    public Multi<OutboundSseEvent> stream(Sse sse, FeedPosition after, List<String> streamTypes,
            Function<FeedEvent, Optional<FeedEvent>> view) {
        AtomicReference<FeedPosition> cursor = new AtomicReference<>(after);
        return Multi.createFrom().ticks().startingAfter(Duration.ZERO).every(POLL)
                .onOverflow().drop()
                .onItem().transformToUniAndConcatenate(tick -> next(cursor.get(), streamTypes))
                .onItem().transformToIterable(events -> events)
                .onItem().invoke(event -> cursor.set(event.position()))
                .onItem().transform(view).filter(Optional::isPresent).map(Optional::get)
                .map(event -> sse.newEventBuilder().id(event.position().id()).name(event.type())
                        .data(toJson(event)).build());
    }

    /** Reads the next committed events after {@code after}; usable without SSE (exports, tests). */
    public Uni<List<FeedEvent>> next(FeedPosition after, List<String> streamTypes) {
        return pool.preparedQuery(NEXT)
                .execute(Tuple.of(Long.toString(after.transactionId()), after.position(),
                        streamTypes.toArray(String[]::new), BATCH))
                .flatMap(rows -> {
                    Set<String> subjects = new HashSet<>();
                    rows.forEach(row -> {
                        if (row.getString("data_subject") != null) {
                            subjects.add(row.getString("data_subject"));
                        }
                    });
                    return SubjectKeys.forReading(pool, subjects).map(keys -> {
                        List<FeedEvent> events = new ArrayList<>();
                        for (Row row : rows) {
                            ObjectNode payload = parse(row.getString("payload"));
                            String subject = row.getString("data_subject");
                            if (subject != null) {
                                PersonalFields.reveal(payload, keys.getOrDefault(subject, Optional.empty()), mapper);
                            }
                            events.add(new FeedEvent(new FeedPosition(row.getLong("tx"),
                                    row.getLong("global_position")), row.getUUID("event_id"),
                                    row.getString("event_type"), row.getString("stream_id"),
                                    row.getString("stream_type"), row.getInteger("version"),
                                    row.getOffsetDateTime("occurred_at").toInstant(), payload));
                        }
                        return events;
                    });
                });
    }

    private ObjectNode parse(String json) {
        try {
            return (ObjectNode) mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored payload is not JSON", e);
        }
    }

    private String toJson(FeedEvent event) {
        ObjectNode envelope = mapper.createObjectNode();
        envelope.put("id", event.eventId().toString());
        envelope.put("type", event.type());
        envelope.put("subject", event.streamId());
        envelope.put("streamVersion", event.streamVersion());
        envelope.put("time", event.occurredAt().toString());
        envelope.set("data", event.payload());
        return envelope.toString();
    }
}
