package org.hlc.learning.progress;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ProgressQuery {
    private final Pool pool;

    public ProgressQuery(Pool pool) {
        this.pool = pool;
    }

    public Uni<Progress> of(UUID personId) {
        return of(List.of(personId)).map(all -> all.get(personId));
    }

    /** Progress of several people in one query, in the order given. */
    public Uni<Map<UUID, Progress>> of(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery("""
                select p.id,
                       (select count(distinct module_id) from progress_material where person_id = p.id) as modules,
                       (select count(*) from progress_material where person_id = p.id) as materials,
                       (select count(*) from progress_submission where person_id = p.id and not late) as on_time,
                       (select count(*) from progress_submission where person_id = p.id and late) as late,
                       (select count(*) from progress_review where reviewer_person_id = p.id) as reviews_given,
                       (select count(*) from progress_review where author_person_id = p.id) as reviews_received,
                       (select count(*) from progress_feedback where author_person_id = p.id) as feedback,
                       (select count(*) from progress_post where author_person_id = p.id) as posts,
                       (select count(*) from progress_reflection where author_person_id = p.id) as reflections,
                       (select count(*) from progress_attendance where person_id = p.id and attended) as webinars,
                       (select coalesce(sum(present_minutes), 0) from progress_attendance where person_id = p.id)
                           as minutes
                  from unnest($1::uuid[]) with ordinality as p(id, n) order by p.n""")
                .execute(Tuple.tuple().addArrayOfUUID(personIds.toArray(new UUID[0]))).map(rows -> {
                    Map<UUID, Progress> all = new LinkedHashMap<>();
                    for (Row row : rows) {
                        UUID id = row.getUUID("id");
                        all.put(id, new Progress(id, row.getInteger("modules"), row.getInteger("materials"),
                                row.getInteger("on_time"), row.getInteger("late"), row.getInteger("reviews_given"),
                                row.getInteger("reviews_received"), row.getInteger("feedback"),
                                row.getInteger("posts"), row.getInteger("reflections"), row.getInteger("webinars"),
                                row.getInteger("minutes")));
                    }
                    return all;
                });
    }
}
