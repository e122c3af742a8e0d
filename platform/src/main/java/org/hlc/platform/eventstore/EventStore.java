package org.hlc.platform.eventstore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.tuples.Tuple2;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.hlc.platform.events.EventType;
import org.hlc.platform.eventlog.EventLogSignal;
import org.hlc.platform.events.EventTypeRegistry;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.privacy.FieldCipher;
import org.hlc.platform.privacy.PersonalFields;
import org.hlc.platform.privacy.SubjectKeys;

/**
 * Append-only event log on PostgreSQL with optimistic concurrency per stream.
 *
 * <p>All events of one transaction are written by a single INSERT that is the transaction's first write, so the
 * transaction id (which orders the relay) is taken after every stream version it builds on was committed: per-stream
 * order is preserved on Kafka even for transactions that touch several streams.
 */
@ApplicationScoped
public class EventStore {
    /** Sent before an append in a caller's transaction: see {@link #appendIn}. */
    private static final String DURABLE_COMMIT = "set local synchronous_commit = on";
    private static final String INSERT = """
            insert into hlc_events (stream_id, stream_type, version, event_type, schema_version, payload, event_id,
                                    correlation_id, causation_id, actor, occurred_at, data_subject)
            select s, t, v, e, sv, p::jsonb, id, c, ca, a, o, ds
              from unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::int[], $6::text[], $7::uuid[],
                          $8::uuid[], $9::uuid[], $10::text[], $11::timestamptz[], $12::text[])
                   as x(s, t, v, e, sv, p, id, c, ca, a, o, ds)
            on conflict (stream_id, version) do nothing
            returning stream_id, version, transaction_id::text as tx
            """;
    /** One backward probe of the stream index per stream (its newest version), not a scan of all its versions. */
    private static final String CURRENT_VERSIONS = """
            select s.stream_id, (select max(version) from hlc_events e where e.stream_id = s.stream_id) as version
              from unnest($1::text[]) as s(stream_id)
            """;
    private static final String READ_STREAM = """
            select global_position, stream_id, stream_type, version, event_type, schema_version, payload::text as payload,
                   event_id, correlation_id, causation_id, actor, occurred_at, data_subject
              from hlc_events where stream_id = $1 order by version
            """;

    private final Pool pool;
    private final EventTypeRegistry registry;
    private final ObjectMapper mapper;
    private final GroupCommitter groupCommitter;
    private final EventLogSignal signal;

    @Inject
    public EventStore(Pool pool, EventTypeRegistry registry, ObjectMapper mapper, EventLogSignal signal) {
        this(pool, registry, mapper, GroupCommitter.DEFAULT_MAX_GROUP, GroupCommitter.DEFAULT_MAX_IN_FLIGHT, signal);
    }

    public EventStore(Pool pool, EventTypeRegistry registry, ObjectMapper mapper) {
        this(pool, registry, mapper, new EventLogSignal());
    }

    public EventStore(Pool pool, EventTypeRegistry registry, ObjectMapper mapper, int maxGroup, int maxInFlight) {
        this(pool, registry, mapper, maxGroup, maxInFlight, new EventLogSignal());
    }

    private EventStore(Pool pool, EventTypeRegistry registry, ObjectMapper mapper, int maxGroup, int maxInFlight,
            EventLogSignal signal) {
        this.pool = pool;
        this.registry = registry;
        this.mapper = mapper;
        this.groupCommitter = new GroupCommitter(this, maxGroup, maxInFlight);
        this.signal = signal;
    }

    /** Appends committed so far, and the transactions they took: the group-commit ratio. */
    public GroupCommitter.Stats groupCommitStats() {
        return groupCommitter.stats();
    }

    /** Appends to one stream; returns the stream's new version. */
    public Uni<Long> append(AppendRequest request, EventMetadata metadata) {
        return appendAll(List.of(request), metadata).map(versions -> versions.get(0));
    }

    /**
     * Appends to several streams atomically (all or nothing); returns each stream's new version, in order. Concurrent
     * calls are grouped into shared transactions (group commit) without changing what each caller observes.
     */
    public Uni<List<Long>> appendAll(List<AppendRequest> requests, EventMetadata metadata) {
        requireOneRequestPerStream(requests);
        return groupCommitter.submit(requests, metadata);
    }

    /**
     * Appends inside a transaction the caller controls (e.g. together with a read-model change). The log's followers
     * are signalled before that commit; they keep looking for a few milliseconds when they find nothing yet. The
     * transaction's commit waits for the WAL flush even if it was begun without (a projection that skips the wait):
     * the relay must never publish an event a crash could still lose.
     */
    public Uni<List<Long>> appendIn(SqlConnection connection, List<AppendRequest> requests, EventMetadata metadata) {
        // sent together: the connection runs them in order, without waiting for the setting's reply
        return Uni.combine().all().unis(connection.query(DURABLE_COMMIT).execute(),
                Uni.createFrom().deferred(() -> insertIn(connection, requests, metadata))).asTuple()
                .map(Tuple2::getItem2).invoke(signal::appended);
    }

    private Uni<List<Long>> insertIn(SqlConnection connection, List<AppendRequest> requests, EventMetadata metadata) {
        requireOneRequestPerStream(requests);
        List<String> streamIds = requests.stream().map(AppendRequest::streamId).toList();
        return currentVersions(connection, streamIds).flatMap(current -> SubjectKeys.forWriting(connection,
                dataSubjects(requests)).map(keys -> Map.entry(current, keys))).flatMap(state -> {
            Map<String, Long> current = state.getKey();
            InsertBatch batch = new InsertBatch();
            List<Long> newVersions = batch.add(requests, metadata, current, state.getValue());
            return connection.preparedQuery(INSERT).execute(batch.tuple()).map(rows -> {
                if (rows.rowCount() != batch.size()) {
                    throw lostRace(rows, requests);
                }
                return newVersions;
            });
        });
    }

    /**
     * One shared transaction for several callers' appends (on distinct streams: the committer forms the group so):
     * one version read and one INSERT for all of them. A caller whose expectation fails gets its conflict; if a
     * writer outside the batch won a race, or PostgreSQL chose this transaction to break a deadlock, the whole batch
     * rolls back and each caller is retried alone.
     */
    Uni<Void> commitGroup(List<GroupCommitter.Pending> group) {
        Set<String> streamIds = new HashSet<>();
        group.forEach(pending -> pending.requests().forEach(r -> streamIds.add(r.streamId())));
        Set<String> subjects = new HashSet<>();
        group.forEach(pending -> subjects.addAll(dataSubjects(pending.requests())));
        return pool.withTransaction(connection -> currentVersions(connection, List.copyOf(streamIds))
                .flatMap(current -> (subjects.isEmpty() ? Uni.createFrom().item(Map.<String, byte[]>of())
                        : writableKeys(connection, subjects)).map(keys -> Map.entry(current, keys)))
                .flatMap(state -> {
                    Map<String, Long> current = state.getKey();
                    Map<String, byte[]> keys = state.getValue();
                    InsertBatch batch = new InsertBatch();
                    for (GroupCommitter.Pending pending : group) {
                        try {
                            pending.accept(batch.add(pending.requests(), pending.metadata(), current, keys));
                        } catch (StreamConflictException | DomainRuleException refused) {
                            pending.reject(refused);
                        }
                    }
                    if (batch.size() == 0) {
                        return Uni.createFrom().item(0L);
                    }
                    return connection.preparedQuery(INSERT).execute(batch.tuple()).map(rows -> {
                        if (rows.rowCount() != batch.size()) {
                            throw new GroupCommitter.LostRace();
                        }
                        return transactionId(rows);
                    });
                })).onFailure(TransientRollback::is).transform(rolledBack -> new GroupCommitter.LostRace())
                .invoke(this::committed).replaceWithVoid();
    }

    /** The id of the transaction that inserted the rows, 0 when none were inserted. */
    private static long transactionId(RowSet<Row> rows) {
        var first = rows.iterator();
        return first.hasNext() ? Long.parseLong(first.next().getString("tx")) : 0;
    }

    private void committed(long transactionId) {
        if (transactionId != 0) {
            signal.committed(transactionId);
        }
    }

    /** Keys for the group's subjects; an erased subject is simply absent, and only its caller is refused. */
    private static Uni<Map<String, byte[]>> writableKeys(SqlConnection connection, Set<String> subjects) {
        return SubjectKeys.forReading(connection, subjects).flatMap(known -> {
            Set<String> missing = new HashSet<>(subjects);
            missing.removeAll(known.keySet());
            Uni<Map<String, Optional<byte[]>>> created = missing.isEmpty() ? Uni.createFrom().item(known)
                    : SubjectKeys.forWriting(connection, missing).flatMap(ignored ->
                            SubjectKeys.forReading(connection, subjects));
            return created.map(all -> {
                Map<String, byte[]> usable = new HashMap<>();
                all.forEach((subject, key) -> key.ifPresent(k -> usable.put(subject, k)));
                return usable;
            });
        });
    }

    private Set<String> dataSubjects(List<AppendRequest> requests) {
        Set<String> subjects = new HashSet<>();
        for (AppendRequest request : requests) {
            for (Object event : request.events()) {
                registry.personalFields(event).ifPresent(fields -> subjects.add(
                        fields.subjectOf(registry.encodeTree(event))));
            }
        }
        return subjects;
    }

    /** The fallback when a group lost a race: this caller alone, with its own conflict if it lost. */
    Uni<List<Long>> appendAlone(List<AppendRequest> requests, EventMetadata metadata) {
        return pool.withTransaction(connection -> insertIn(connection, requests, metadata)).invoke(signal::appended);
    }

    private static void requireOneRequestPerStream(List<AppendRequest> requests) {
        if (requests.stream().map(AppendRequest::streamId).distinct().count() != requests.size()) {
            throw new IllegalArgumentException("one append request per stream");
        }
    }

    /** The stream's current version, 0 when it does not exist: one indexed read, for paths that need no state. */
    public Uni<Long> version(String streamId) {
        return versionIn(pool, streamId);
    }

    /** {@link #version(String)} inside a transaction the caller controls. */
    public Uni<Long> versionIn(SqlClient client, String streamId) {
        return currentVersions(client, List.of(streamId)).map(versions -> versions.getOrDefault(streamId, 0L));
    }

    public Uni<List<RecordedEvent>> readStream(String streamId) {
        return pool.preparedQuery(READ_STREAM).execute(Tuple.of(streamId)).flatMap(rows -> toRecorded(pool, rows));
    }

    /** Decodes rows of hlc_events (selected with data_subject), revealing personal fields with the subjects' keys. */
    public Uni<List<RecordedEvent>> toRecorded(SqlClient client, Iterable<Row> rows) {
        Set<String> subjects = new HashSet<>();
        for (Row row : rows) {
            String subject = dataSubject(row);
            if (subject != null) {
                subjects.add(subject);
            }
        }
        return SubjectKeys.forReading(client, subjects).map(keys -> {
            List<RecordedEvent> events = new ArrayList<>();
            for (Row row : rows) {
                String subject = dataSubject(row);
                events.add(decode(row, subject == null ? null : keys.getOrDefault(subject, Optional.empty())));
            }
            return events;
        });
    }

    private static String dataSubject(Row row) {
        return row.getColumnIndex("data_subject") < 0 ? null : row.getString("data_subject");
    }

    /** Folds a stream into state; version 0 means the stream does not exist. */
    public <S> Uni<Folded<S>> load(String streamId, S initial, BiFunction<S, Object, S> evolve) {
        return load(pool, streamId, initial, evolve);
    }

    /**
     * Folds a stream through a connection the caller holds, e.g. inside a projection's transaction, so the caller
     * sees its own uncommitted appends.
     */
    public <S> Uni<Folded<S>> load(SqlClient client, String streamId, S initial, BiFunction<S, Object, S> evolve) {
        return client.preparedQuery(READ_STREAM).execute(Tuple.of(streamId)).flatMap(rows -> toRecorded(client, rows))
                .map(events -> {
                    S state = initial;
                    long version = 0;
                    for (RecordedEvent event : events) {
                        state = evolve.apply(state, event.event());
                        version = event.version();
                    }
                    return new Folded<>(state, version);
                });
    }

    /**
     * Decodes one row of an event without personal data (votes, editions...); rows of personal events must go through
     * {@link #toRecorded(SqlClient, Iterable)}, or their personal fields read as null.
     */
    public RecordedEvent toRecorded(Row row) {
        return decode(row, Optional.empty());
    }

    private RecordedEvent decode(Row row, Optional<byte[]> key) {
        String type = row.getString("event_type");
        int schemaVersion = row.getInteger("schema_version");
        String json = row.getString("payload");
        ObjectNode payload = parse(json);
        if (key != null) {
            PersonalFields.reveal(payload, key, mapper);
        } else if (json.contains(FieldCipher.PREFIX)) { // the stored text, not the tree written out again
            PersonalFields.reveal(payload, Optional.empty(), mapper);
        }
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
                        Long version = row.getLong("version");
                        if (version != null) { // null: no such stream yet
                            versions.put(row.getString("stream_id"), version);
                        }
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

    private static StreamConflictException lostRace(RowSet<Row> inserted, List<AppendRequest> requests) {
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
        private final List<UUID> correlationIds = new ArrayList<>();
        private final List<UUID> causationIds = new ArrayList<>();
        private final List<String> actors = new ArrayList<>();
        private final List<OffsetDateTime> occurredAts = new ArrayList<>();
        private final List<String> dataSubjects = new ArrayList<>();

        /** Checks the expectations against {@code current} and adds the rows; returns each stream's new version. */
        List<Long> add(List<AppendRequest> requests, EventMetadata metadata, Map<String, Long> current,
                Map<String, byte[]> keys) {
            for (AppendRequest request : requests) {
                checkExpected(request, current.getOrDefault(request.streamId(), 0L));
            }
            List<String> encoded = new ArrayList<>();
            List<String> subjects = new ArrayList<>();
            for (AppendRequest request : requests) {
                for (Object event : request.events()) {
                    ObjectNode payload = registry.encodeTree(event);
                    Optional<PersonalFields> personal = registry.personalFields(event);
                    String subject = personal.map(fields -> fields.subjectOf(payload)).orElse(null);
                    if (subject != null) {
                        byte[] key = keys.get(subject);
                        if (key == null) {
                            throw new DomainRuleException("data-subject-erased",
                                    "the personal data of this person was erased; nothing new is recorded");
                        }
                        personal.get().protect(payload, key, mapper);
                    }
                    encoded.add(payload.toString());
                    subjects.add(subject);
                }
            }
            int next = 0;
            OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
            List<Long> newVersions = new ArrayList<>(requests.size());
            for (AppendRequest request : requests) {
                long version = current.getOrDefault(request.streamId(), 0L);
                for (Object event : request.events()) {
                    version++;
                    EventType type = registry.typeOf(event);
                    streamIds.add(request.streamId());
                    streamTypes.add(request.streamType());
                    versions.add(Math.toIntExact(version));
                    types.add(registry.qualifiedName(type.value()));
                    schemaVersions.add(type.schemaVersion());
                    payloads.add(encoded.get(next));
                    dataSubjects.add(subjects.get(next));
                    next++;
                    eventIds.add(UUID.randomUUID());
                    correlationIds.add(metadata.correlationId());
                    causationIds.add(metadata.causationId());
                    actors.add(metadata.actor());
                    occurredAts.add(now);
                }
                newVersions.add(version);
            }
            return newVersions;
        }

        int size() {
            return streamIds.size();
        }

        Tuple tuple() {
            return Tuple.tuple(List.of(streamIds.toArray(String[]::new), streamTypes.toArray(String[]::new),
                    versions.toArray(Integer[]::new), types.toArray(String[]::new),
                    schemaVersions.toArray(Integer[]::new), payloads.toArray(String[]::new),
                    eventIds.toArray(UUID[]::new), correlationIds.toArray(UUID[]::new),
                    causationIds.toArray(UUID[]::new), actors.toArray(String[]::new),
                    occurredAts.toArray(OffsetDateTime[]::new), dataSubjects.toArray(String[]::new)));
        }
    }
}
