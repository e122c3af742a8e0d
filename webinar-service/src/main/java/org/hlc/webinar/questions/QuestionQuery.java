package org.hlc.webinar.questions;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class QuestionQuery {
    private final Pool pool;

    public QuestionQuery(Pool pool) {
        this.pool = pool;
    }

    /** Visible questions, most votes first, then oldest first; hidden ones only for moderators. */
    public Uni<List<QuestionView>> byVotes(UUID webinarId, boolean withHidden, int limit) {
        return pool.preparedQuery("""
                select question_id, webinar_id, asked_by, text, status, answer, votes, asked_at from question_view
                 where webinar_id = $1 and ($2 or status <> 'HIDDEN')
                 order by votes desc, asked_at, question_id limit $3""")
                .execute(Tuple.of(webinarId, withHidden, limit)).map(rows -> {
                    List<QuestionView> views = new ArrayList<>();
                    for (Row row : rows) {
                        views.add(new QuestionView(row.getUUID("question_id"), row.getUUID("webinar_id"),
                                row.getUUID("asked_by"), row.getString("text"), row.getString("status"),
                                row.getString("answer"), row.getInteger("votes"),
                                row.getOffsetDateTime("asked_at").toInstant()));
                    }
                    return views;
                });
    }
}
