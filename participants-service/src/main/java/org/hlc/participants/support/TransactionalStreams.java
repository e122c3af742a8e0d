package org.hlc.participants.support;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiFunction;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.eventstore.Folded;

/**
 * Folds a stream through a connection the caller holds, so a reactor running inside a projection's transaction sees
 * its own uncommitted appends (personal fields revealed with the subject's key, like any other read).
 */
@ApplicationScoped
public class TransactionalStreams {
    private final EventStore store;

    public TransactionalStreams(EventStore store) {
        this.store = store;
    }

    public <S> Uni<Folded<S>> load(SqlConnection connection, String streamId, S initial,
            BiFunction<S, Object, S> evolve) {
        return store.load(connection, streamId, initial, evolve);
    }
}
