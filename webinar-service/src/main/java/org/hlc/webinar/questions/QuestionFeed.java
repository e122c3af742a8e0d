package org.hlc.webinar.questions;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the live Q&amp;A feed after a position (the SSE event id). */
@ApplicationScoped
public class QuestionFeed {
    static final int BATCH = 100;

    public record Entry(long seq, String kind, String data) {
    }

    private final Pool pool;

    public QuestionFeed(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<Entry>> after(UUID webinarId, long seq) {
        return pool.preparedQuery("""
                select seq, kind, data from question_feed where webinar_id = $1 and seq > $2 order by seq limit $3""")
                .execute(Tuple.of(webinarId, seq, BATCH)).map(rows -> {
                    List<Entry> entries = new ArrayList<>();
                    for (Row row : rows) {
                        entries.add(new Entry(row.getLong("seq"), row.getString("kind"), row.getString("data")));
                    }
                    return entries;
                });
    }
}
