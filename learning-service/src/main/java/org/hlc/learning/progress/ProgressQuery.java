package org.hlc.learning.progress;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ProgressQuery {
    private final Pool pool;

    public ProgressQuery(Pool pool) {
        this.pool = pool;
    }

    public Uni<Progress> of(UUID personId) {
        return pool.preparedQuery("""
                select (select count(*) from progress_submission where person_id = $1 and not late) as on_time,
                       (select count(*) from progress_submission where person_id = $1 and late) as late,
                       (select count(*) from progress_review where reviewer_person_id = $1) as reviews_given,
                       (select count(*) from progress_review where author_person_id = $1) as reviews_received,
                       (select count(*) from progress_feedback where author_person_id = $1) as feedback,
                       (select count(*) from progress_post where author_person_id = $1) as posts,
                       (select count(*) from progress_reflection where author_person_id = $1) as reflections,
                       (select count(*) from progress_attendance where person_id = $1 and attended) as webinars,
                       (select coalesce(sum(present_minutes), 0) from progress_attendance where person_id = $1)
                           as minutes""")
                .execute(Tuple.of(personId)).map(rows -> {
                    Row row = rows.iterator().next();
                    return new Progress(personId, row.getInteger("on_time"), row.getInteger("late"),
                            row.getInteger("reviews_given"), row.getInteger("reviews_received"),
                            row.getInteger("feedback"), row.getInteger("posts"), row.getInteger("reflections"),
                            row.getInteger("webinars"), row.getInteger("minutes"));
                });
    }
}
