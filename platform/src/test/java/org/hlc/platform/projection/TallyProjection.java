package org.hlc.platform.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.List;

/** Counts applications per stream: any double application shows up as a wrong count or a repeated version. */
class TallyProjection implements Projection {
    private final String topic;

    TallyProjection(String topic) {
        this.topic = topic;
    }

    @Override
    public String name() {
        return "tally";
    }

    @Override
    public List<String> topics() {
        return List.of(topic);
    }

    @Override
    public Uni<Void> apply(SqlConnection tx, ConsumedEvent event) {
        return tx.preparedQuery("""
                insert into test_tally (stream_id, applied, versions) values ($1, 1, array[$2::int])
                on conflict (stream_id) do update set applied = test_tally.applied + 1,
                                                      versions = test_tally.versions || $2::int""")
                .execute(Tuple.of(event.streamId(), (int) event.streamVersion())).replaceWithVoid();
    }

    @Override
    public Uni<Void> reset(SqlConnection tx) {
        return tx.query("truncate test_tally").execute().replaceWithVoid();
    }
}
