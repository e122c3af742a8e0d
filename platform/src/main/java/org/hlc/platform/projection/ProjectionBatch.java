package org.hlc.platform.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of one read-model transaction, gathered one at a time before its statements are sent. A projection that
 * can fold events as they come (a tally counts them) keeps little of them in memory ({@link #retained()}): a runner
 * catching up then joins several reads into one transaction, which writes each tally row once per transaction instead
 * of once per read. The default keeps every event and hands the list to {@link Projection#applyBatch}.
 */
public interface ProjectionBatch {

    /** Adds the next event, in log order. */
    void add(ConsumedEvent event);

    /** Events added so far. */
    int size();

    /** Events held in memory until {@link #write}: what joining more reads into this transaction would cost. */
    int retained();

    /** Sends the transaction's statements for every event added. */
    Uni<Void> write(SqlConnection transaction);

    /** Adds the events and sends the statements: a projection's {@code applyBatch} through its own batch. */
    default Uni<Void> writeAll(SqlConnection transaction, List<ConsumedEvent> events) {
        events.forEach(this::add);
        return write(transaction);
    }

    /** Keeps the events and applies them with {@link Projection#applyBatch}. */
    final class Retained implements ProjectionBatch {
        private final Projection projection;
        private final List<ConsumedEvent> events = new ArrayList<>();

        public Retained(Projection projection) {
            this.projection = projection;
        }

        @Override
        public void add(ConsumedEvent event) {
            events.add(event);
        }

        @Override
        public int size() {
            return events.size();
        }

        @Override
        public int retained() {
            return events.size();
        }

        @Override
        public Uni<Void> write(SqlConnection transaction) {
            return events.isEmpty() ? Uni.createFrom().voidItem() : projection.applyBatch(transaction, events);
        }
    }
}
