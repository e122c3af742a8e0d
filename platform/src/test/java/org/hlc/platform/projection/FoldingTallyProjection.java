package org.hlc.platform.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link TallyProjection}'s read model written by a batch that folds its events per stream (one statement per stream
 * and transaction), and counts the transactions that applied something. {@code holding} makes it report every event
 * as held in memory, as a projection that keeps its events would.
 */
class FoldingTallyProjection extends TableProjection {
    private final AtomicInteger writes = new AtomicInteger();
    private final boolean holding;

    FoldingTallyProjection(String topic) {
        this(topic, false);
    }

    FoldingTallyProjection(String topic, boolean holding) {
        super("tally", List.of(topic), "test_tally");
        this.holding = holding;
        on("ThingHappened", (tx, event) -> applyBatch(tx, List.of(event)));
    }

    int writes() {
        return writes.get();
    }

    @Override
    public Uni<Void> applyBatch(SqlConnection tx, List<ConsumedEvent> events) {
        return newBatch().writeAll(tx, events);
    }

    @Override
    public ProjectionBatch newBatch() {
        return new ProjectionBatch() {
            private final Map<String, List<Integer>> versions = new LinkedHashMap<>();
            private int size;

            @Override
            public void add(ConsumedEvent event) {
                size++;
                versions.computeIfAbsent(event.streamId(), stream -> new ArrayList<>())
                        .add((int) event.streamVersion());
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public int retained() {
                return holding ? size : 0;
            }

            @Override
            public Uni<Void> write(SqlConnection tx) {
                writes.incrementAndGet();
                List<Uni<Void>> statements = new ArrayList<>();
                versions.forEach((stream, applied) -> statements.add(execute(tx, """
                        insert into test_tally (stream_id, applied, versions) values ($1, $2, $3::int[])
                        on conflict (stream_id) do update set applied = test_tally.applied + excluded.applied,
                                                              versions = test_tally.versions || excluded.versions""",
                        stream, applied.size(), applied.toArray(Integer[]::new))));
                return pipelined(statements);
            }
        };
    }
}
