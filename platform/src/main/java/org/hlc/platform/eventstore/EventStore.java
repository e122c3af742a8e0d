package org.hlc.platform.eventstore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.hlc.platform.events.EventType;
import org.hlc.platform.events.EventTypeRegistry;

/**
 * Append-only event log on PostgreSQL with optimistic concurrency per stream.
 *
 * <p>All events of one transaction are written by a single INSERT that is the transaction's first write, so the
 * transaction id (which orders the relay) is taken after every stream version it builds on was committed: per-stream
 * order is preserved on Kafka even for transactions that touch several streams.
 */
@ApplicationScoped
public class EventStore {
    private static final String INSERT = """
            insert into hlc_events (stream_id, stream_type, version, event_type, schema_version, payload, event_id,
                                    correlation_id, causation_id, actor, occurred_at)
            select s, t, v, e, sv, p::jsonb, id, $8, $9, $10, $11
              from unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::int[], $6::text[], $7::uuid[])
                   as x(s, t, v, e, sv, p, id)
            on conflict (stream_id, version) do nothing
            returning stream_id, version
            """;
    private static final String CURRENT_VERSIONS = """
            select stream_id, max(version) as version from hlc_events where stream_id = any($1) group by stream_id
            """;
    private static final String READ_STREAM = """
            select global_position, stream_id, stream_type, version, event_type, schema_version, payload::text as payload,
                   event_id, correlation_id, causation_id, actor, occurred_at
              from hlc_events where stream_id = $1 order by version
            """;

    private final Pool pool;
    private final EventTypeRegistry registry;
    private final ObjectMapper mapper;

    public EventStore(Pool pool, EventTypeRegistry registry, ObjectMapper mapper) {
        this.pool = pool;
        this.registry = registry;
        this.mapper = mapper;
    }

    /** Appends to one stream; returns the stream's new version. */
    public Uni<Long> append(AppendRequest request, EventMetadata metadata) {
        return appendAll(List.of(request), metadata).map(versions -> versions.get(0));
    }

    /** Appends to several streams atomically (all or nothing); returns each stream's new version, in order. */
    public Uni<List<Long>> appendAll(List<AppendRequest> requests, EventMetadata metadata) {
        return pool.withTransaction(connection -> appendIn(connection, requests, metadata));
    }

    /** Appends inside a transaction the caller controls (e.g. together with a read-model change). */
    public Uni<List<Long>> appendIn(SqlConnection connection, List<AppendRequest> requests, EventMetadata metadata) {
        List<String> streamIds = requests.stream().map(AppendRequest::streamId).distinct().toList();
        if (streamIds.size() != requests.size()) {
            throw new IllegalArgumentException("one append request per stream");
        }
        return currentVersions(connection, streamIds).flatMap(current -> {
            List<Long> newVersions = new ArrayList<>();
            InsertBatch batch = new InsertBatch();
            for (AppendRequest request : requests) {
                long actual = current.getOrDefault(request.streamId(), 0L);
                checkExpected(request, actual);
                long version = actual;
                for (Object event : request.events()) {
                    version++;
                    batch.add(request, version, event);
                }
                newVersions.add(version);
            }
            return connection.preparedQuery(INSERT).execute(batch.tuple(metadata)).map(rows -> {
                if (rows.rowCount() != batch.size()) {
                    throw lostRace(rows, requests, newVersions);
                }
                return newVersions;
            });
        });
    }

    public Uni<List<RecordedEvent>> readStream(String streamId) {
        return pool.preparedQuery(READ_STREAM).execute(Tuple.of(streamId)).map(rows -> {
            List<RecordedEvent> events = new ArrayList<>();
            for (Row row : rows) {
                events.add(toRecorded(row));
            }
            return events;
        });
    }

    /** Folds a stream into state; version 0 means the stream does not exist. */
    public <S> Uni<Folded<S>> load(String streamId, S initial, BiFunction<S, Object, S> evolve) {
        return readStream(streamId).map(events -> {
            S state = initial;
            long version = 0;
            for (RecordedEvent event : events) {
                state = evolve.apply(state, event.event());
                version = event.version();
            }
            return new Folded<>(state, version);
        });
    }

    public RecordedEvent toRecorded(Row row) {
        String type = row.getString("event_type");
        int schemaVersion = row.getInteger("schema_version");
        ObjectNode payload = parse(row.getString("payload"));
        Object event = registry.decode(registry.shortName(type), schemaVersion, payload).orElse(payload);
        return new RecordedEvent(row.getLong("global_position"), row.getString("stream_id"),
                row.getString("stream_type"), row.getInteger("version"), type, schemaVersion, event,
                row.getUUID("event_id"), row.getUUID("correlation_id"), row.getUUID("causation_id"),
                row.getString("actor"), row.getOffsetDateTime("occurred_at").toInstant());
    }

    private ObjectNode parse(String json) {
        try {
            return (ObjectNode) mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored payload is not JSON", e);
        }
    }

    private static Uni<Map<String, Long>> currentVersions(SqlClient client, List<String> streamIds) {
        return client.preparedQuery(CURRENT_VERSIONS).execute(Tuple.of(streamIds.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, Long> versions = new HashMap<>();
                    for (Row row : rows) {
                        versions.put(row.getString("stream_id"), row.getLong("version"));
                    }
                    return versions;
                });
    }

    private static void checkExpected(AppendRequest request, long actual) {
        ExpectedVersion expected = request.expected();
        boolean ok = expected instanceof ExpectedVersion.Any
                || (expected instanceof ExpectedVersion.NoStream && actual == 0)
                || (expected instanceof ExpectedVersion.Exactly exactly && exactly.version() == actual);
        if (!ok) {
            throw new StreamConflictException(request.streamId(), expected, actual);
        }
    }

    private static StreamConflictException lostRace(RowSet<Row> inserted, List<AppendRequest> requests,
            List<Long> newVersions) {
        Map<String, Long> written = new LinkedHashMap<>();
        for (Row row : inserted) {
            written.merge(row.getString("stream_id"), 1L, Long::sum);
        }
        for (int i = 0; i < requests.size(); i++) {
            AppendRequest request = requests.get(i);
            if (written.getOrDefault(request.streamId(), 0L) != request.events().size()) {
                return new StreamConflictException(request.streamId(), request.expected(), -1);
            }
        }
        return new StreamConflictException(requests.get(0).streamId(), requests.get(0).expected(), -1);
    }

    /** Column arrays for the single unnest INSERT. */
    private final class InsertBatch {
        private final List<String> streamIds = new ArrayList<>();
        private final List<String> streamTypes = new ArrayList<>();
        private final List<Integer> versions = new ArrayList<>();
        private final List<String> types = new ArrayList<>();
        private final List<Integer> schemaVersions = new ArrayList<>();
        private final List<String> payloads = new ArrayList<>();
        private final List<UUID> eventIds = new ArrayList<>();

        void add(AppendRequest request, long version, Object event) {
            EventType type = registry.typeOf(event);
            streamIds.add(request.streamId());
            streamTypes.add(request.streamType());
            versions.add(Math.toIntExact(version));
            types.add(registry.qualifiedName(type.value()));
            schemaVersions.add(type.schemaVersion());
            payloads.add(registry.encode(event));
            eventIds.add(UUID.randomUUID());
        }

        int size() {
            return streamIds.size();
        }

        Tuple tuple(EventMetadata metadata) {
            return Tuple.tuple(List.of(streamIds.toArray(String[]::new), streamTypes.toArray(String[]::new),
                    versions.toArray(Integer[]::new), types.toArray(String[]::new),
                    schemaVersions.toArray(Integer[]::new), payloads.toArray(String[]::new),
                    eventIds.toArray(UUID[]::new)))
                    .addValue(metadata.correlationId())
                    .addValue(metadata.causationId())
                    .addValue(metadata.actor())
                    .addValue(Instant.now().atOffset(ZoneOffset.UTC));
        }
    }
}
