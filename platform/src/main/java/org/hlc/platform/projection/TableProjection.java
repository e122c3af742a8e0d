package org.hlc.platform.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A projection into tables of the service database: handlers per event type (others are ignored, as a tolerant
 * reader does), and a rebuild that truncates the tables it owns.
 */
public abstract class TableProjection implements Projection {

    @FunctionalInterface
    protected interface Handler {
        Uni<Void> apply(SqlConnection transaction, ConsumedEvent event);
    }

    private final String name;
    private final List<String> topics;
    private final List<String> tables;
    private final Map<String, Handler> handlers = new HashMap<>();
    private boolean pipelined;
    private boolean skipsFlushWait;
    private Duration linger = Duration.ZERO;

    protected TableProjection(String name, List<String> topics, String... tables) {
        this.name = name;
        this.topics = List.copyOf(topics);
        this.tables = List.of(tables);
    }

    /** Registers the handler for events whose CloudEvents type ends with {@code .shortType}. */
    protected final void on(String shortType, Handler handler) {
        handlers.put(shortType, handler);
    }

    /**
     * Declares that every handler sends exactly one statement and reads nothing first: a batch can then be sent
     * without waiting for each reply (the connection still runs the statements in order), which removes a round trip
     * per event from replays and rebuilds.
     */
    protected final void pipelineStatements() {
        pipelined = true;
    }

    /**
     * Declares that the transactions may commit without waiting for the WAL flush (the handlers write only the
     * projection's tables, or append events through {@code EventStore.appendIn}): see
     * {@link Projection#skipsFlushWait()}.
     */
    protected final void skipFlushWait() {
        skipsFlushWait = true;
    }

    @Override
    public final boolean skipsFlushWait() {
        return skipsFlushWait;
    }

    /** Lets new events gather this long between reads of the log: see {@link Projection#linger()}. */
    protected final void linger(Duration gather) {
        linger = gather;
    }

    @Override
    public final Duration linger() {
        return linger;
    }

    /** Runs one statement with positional parameters (nulls allowed). */
    protected static Uni<Void> execute(SqlConnection transaction, String sql, Object... parameters) {
        return transaction.preparedQuery(sql).execute(Tuple.from(Arrays.asList(parameters))).replaceWithVoid();
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<String> topics() {
        return topics;
    }

    @Override
    public boolean handles(String type) {
        return handlers.containsKey(shortType(type));
    }

    private static String shortType(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    @Override
    public Uni<Void> apply(SqlConnection transaction, ConsumedEvent event) {
        Handler handler = handlers.get(shortType(event.type()));
        return handler == null ? Uni.createFrom().voidItem() : handler.apply(transaction, event);
    }

    @Override
    public Uni<Void> applyBatch(SqlConnection transaction, List<ConsumedEvent> events) {
        if (!pipelined) {
            return Projection.super.applyBatch(transaction, events);
        }
        List<Uni<Void>> statements = new java.util.ArrayList<>(events.size());
        for (ConsumedEvent event : events) {
            statements.add(apply(transaction, event));
        }
        return pipelined(statements);
    }

    /**
     * Sends statements of one transaction without waiting for each reply; the connection runs them in the order
     * given. For {@link #applyBatch} overrides that build their own statements (e.g. one per run of events).
     */
    protected static Uni<Void> pipelined(List<Uni<Void>> statements) {
        return statements.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.join().all(statements).andFailFast().replaceWithVoid();
    }

    @Override
    public Uni<Void> reset(SqlConnection transaction) {
        return transaction.query("truncate " + String.join(", ", tables)).execute().replaceWithVoid();
    }
}
