package org.hlc.participants.support;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiFunction;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.eventstore.Folded;

/**
 * Folds a stream through a connection the caller holds, so a reactor running inside a projection's transaction sees
 * its own uncommitted appends. (Candidate for EventStore#load(SqlConnection, ...) in platform.)
 */
@ApplicationScoped
public class TransactionalStreams {
    private static final String READ_STREAM = """
            select global_position, stream_id, stream_type, version, event_type, schema_version, payload::text as payload,
                   event_id, correlation_id, causation_id, actor, occurred_at
              from hlc_events where stream_id = $1 order by version
            """;

    private final EventStore store;

    public TransactionalStreams(EventStore store) {
        this.store = store;
    }

    public <S> Uni<Folded<S>> load(SqlConnection connection, String streamId, S initial,
            BiFunction<S, Object, S> evolve) {
        return connection.preparedQuery(READ_STREAM).execute(Tuple.of(streamId)).map(rows -> {
            S state = initial;
            long version = 0;
            for (Row row : rows) {
                var event = store.toRecorded(row);
                state = evolve.apply(state, event.event());
                version = event.version();
            }
            return new Folded<>(state, version);
        });
    }
}
