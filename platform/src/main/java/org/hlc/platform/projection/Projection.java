package org.hlc.platform.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.List;

/**
 * A read model fed from Kafka. The runner calls {@link #apply} at most once per event id, inside the transaction that
 * also records the event id and the partition offsets: redelivery changes nothing.
 */
public interface Projection {
    /** Stable name: keys the stored offsets and applied event ids. */
    String name();

    List<String> topics();

    Uni<Void> apply(SqlConnection transaction, ConsumedEvent event);

    /**
     * Whether events of this CloudEvents type can change the read model. The runner neither claims nor applies the
     * others (it still moves its offsets past them): no dedupe row, no statement for events a projection ignores.
     */
    default boolean handles(String type) {
        return true;
    }

    /**
     * True when applying an event a second time changes nothing by construction (rows keyed by stream id, updates
     * guarded by the stream version): the runner then records no event ids for this projection, which halves the
     * rows a replay or rebuild writes. Duplicates within one batch are still applied once.
     */
    default boolean idempotent() {
        return false;
    }

    /**
     * True when the projection's transactions may commit without waiting for the write-ahead log to reach the disk.
     * A crash can lose the last such commits, but it loses the read model's changes together with the position
     * stored beside them, and the events are applied again. Events appended in the transaction through
     * {@code EventStore.appendIn} are safe either way: appendIn turns the wait back on for that transaction (the
     * relay could otherwise publish an event that a crash then loses). Say false (the default) when the transaction
     * does anything else that must outlive a crash.
     */
    default boolean skipsFlushWait() {
        return false;
    }

    /**
     * How long a follower of the event log lets new events gather after a read that found some, before it reads
     * again (from the start of that read). Zero (the default): at once, for read models whose freshness is watched
     * (the leaderboard). A read model nobody waits on by the millisecond (flag review, exports) can say e.g. 100 ms:
     * at a low vote rate it then reads and commits a few times a second instead of once or twice per vote. Not used
     * while catching up.
     */
    default Duration linger() {
        return Duration.ZERO;
    }

    /** Called after a transaction that applied new events (or a reset) committed, e.g. to drop a query cache. */
    default void committed() {
    }

    /** Applies a batch of new events in order; the default waits for each before sending the next. */
    default Uni<Void> applyBatch(SqlConnection transaction, List<ConsumedEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ConsumedEvent event : events) {
            chain = chain.flatMap(ignored -> apply(transaction, event));
        }
        return chain;
    }

    /**
     * A new, empty batch for one transaction of the log runner; the default keeps the events for
     * {@link #applyBatch}. Override to fold events as they come (see {@link ProjectionBatch}).
     */
    default ProjectionBatch newBatch() {
        return new ProjectionBatch.Retained(this);
    }

    /** Deletes everything the projection wrote, before a rebuild replays the topics from the beginning. */
    Uni<Void> reset(SqlConnection transaction);
}
