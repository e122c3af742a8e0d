package org.hlc.platform.eventlog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hlc.platform.privacy.PersonalFields;
import org.hlc.platform.privacy.SubjectKeys;

/**
 * Reads this service's event log in relay order, (transaction id, global position), for the threads that follow it:
 * the outbox relay and the read models of the service's own events. Only rows whose transaction is older than every
 * transaction still running are read, so a slow commit is never skipped: what is read after a position is exactly
 * what comes after it, once and in order. Blocking; for follower threads, not for the event loop.
 */
public final class EventLogReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String FETCH = """
            select transaction_id::text as tx, global_position, stream_id, stream_type, version, event_type,
                   schema_version, payload::text as payload, event_id, correlation_id, causation_id, actor, occurred_at,
                   data_subject
              from hlc_events
             where (transaction_id, global_position) > ($1::text::xid8, $2)
               and transaction_id < pg_snapshot_xmin(pg_current_snapshot())
             order by transaction_id, global_position
             limit $3
            """;
    private static final int TX = 0;
    private static final int POSITION = 1;
    private static final int STREAM_ID = 2;
    private static final int STREAM_TYPE = 3;
    private static final int VERSION = 4;
    private static final int EVENT_TYPE = 5;
    private static final int SCHEMA_VERSION = 6;
    private static final int PAYLOAD = 7;
    private static final int EVENT_ID = 8;
    private static final int CORRELATION_ID = 9;
    private static final int CAUSATION_ID = 10;
    private static final int ACTOR = 11;
    private static final int OCCURRED_AT = 12;
    private static final int DATA_SUBJECT = 13;
    /**
     * Committed rows after a position, readable or not yet, counted up to a cap (a lag figure, not a scan). The order
     * by keeps it on the index: without it, the generic plan of the prepared statement (chosen after five executions)
     * expects a third of the table to match and scans the table from its start for the rows at its end (measured:
     * 361 ms per count on 360,000 events, PostgreSQL's busiest statement under load).
     */
    private static final String COUNT_AFTER = """
            select count(*) as behind from (select 1 from hlc_events
             where (transaction_id, global_position) > ($1::text::xid8, $2)
             order by transaction_id, global_position limit $3) after
            """;

    private final Pool pool;
    private volatile UUID logId;

    public EventLogReader(Pool pool) {
        this.pool = pool;
    }

    /** The identity of this log ({@code hlc_event_log}): positions of another log are not comparable. */
    public UUID logId() {
        UUID id = logId;
        if (id == null) {
            id = pool.query("select log_id from hlc_event_log").execute().await().atMost(TIMEOUT).iterator().next()
                    .getUUID("log_id");
            logId = id;
        }
        return id;
    }

    /**
     * Up to {@code limit} events after the position (transaction id, global position); (0, 0) is the start. Columns
     * are read by index (a lookup by name scans the column names: measured, a tenth of a replay's reading).
     */
    public List<LoggedEvent> after(long transactionId, long globalPosition, int limit) {
        return fetch(transactionId, globalPosition, limit).await().atMost(TIMEOUT).events();
    }

    /**
     * {@link #after} without waiting: a follower catching up asks for its next batch before decoding this one. The
     * rows become events on the caller's thread ({@link Fetched#events()}), not on the event loop.
     */
    public Uni<Fetched> fetch(long transactionId, long globalPosition, int limit) {
        return pool.preparedQuery(FETCH).execute(Tuple.of(Long.toString(transactionId), globalPosition, limit))
                .flatMap(result -> {
                    RowSet<Row> rows = result.getDelegate();
                    Set<String> subjects = rows.size() == 0 ? Set.of() : subjects(rows);
                    return (subjects.isEmpty() ? Uni.createFrom().item(Map.<String, Optional<byte[]>>of())
                            : SubjectKeys.forReading(pool, subjects)).map(keys -> new Fetched(rows, keys));
                });
    }

    /** Rows read from the log, with the keys of the personal data among them. */
    public record Fetched(RowSet<Row> rows, Map<String, Optional<byte[]>> keys) {
        public List<LoggedEvent> events() {
            return rows.size() == 0 ? List.of() : EventLogReader.events(rows, keys);
        }
    }

    private static List<LoggedEvent> events(RowSet<Row> rows, Map<String, Optional<byte[]>> keys) {
        List<LoggedEvent> events = new ArrayList<>(rows.size());
        for (Row row : rows) {
            events.add(new LoggedEvent(Long.parseLong(row.getString(TX)), row.getLong(POSITION),
                    row.getString(STREAM_ID), row.getString(STREAM_TYPE), row.getInteger(VERSION),
                    row.getString(EVENT_TYPE), row.getInteger(SCHEMA_VERSION), payload(row, keys),
                    row.getUUID(EVENT_ID), row.getUUID(CORRELATION_ID), row.getUUID(CAUSATION_ID),
                    row.getString(ACTOR), row.getOffsetDateTime(OCCURRED_AT).toInstant()));
        }
        return events;
    }

    /**
     * How many committed events come after the position: counted up to {@code exactUpTo}; beyond that estimated from
     * the newest global position (positions are handed out in order, so the difference is close), because counting a
     * replay's million rows every half second would cost the replay a share of the database.
     */
    public long countAfter(long transactionId, long globalPosition, int exactUpTo) {
        long counted = pool.preparedQuery(COUNT_AFTER)
                .execute(Tuple.of(Long.toString(transactionId), globalPosition, exactUpTo))
                .await().atMost(TIMEOUT).iterator().next().getLong("behind");
        if (counted < exactUpTo) {
            return counted;
        }
        Long newest = pool.query("select max(global_position) as newest from hlc_events").execute()
                .await().atMost(TIMEOUT).iterator().next().getLong("newest");
        return Math.max(counted, newest == null ? 0 : newest - globalPosition);
    }

    /** Whose personal fields the rows hold: they leave the log in clear, or as null once their subject is erased. */
    private static Set<String> subjects(RowSet<Row> rows) {
        Set<String> subjects = new HashSet<>();
        for (Row row : rows) {
            String subject = row.getString(DATA_SUBJECT);
            if (subject != null) {
                subjects.add(subject);
            }
        }
        return subjects;
    }

    private static String payload(Row row, Map<String, Optional<byte[]>> keys) {
        String subject = row.getString(DATA_SUBJECT);
        if (subject == null) {
            return row.getString(PAYLOAD);
        }
        try {
            ObjectNode payload = (ObjectNode) MAPPER.readTree(row.getString(PAYLOAD));
            return PersonalFields.reveal(payload, keys.getOrDefault(subject, Optional.empty()), MAPPER).toString();
        } catch (IOException e) {
            throw new IllegalStateException("stored payload is not JSON", e);
        }
    }
}
