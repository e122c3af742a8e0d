package org.hlc.learning.progress;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Learners on the roster with no submission for an assignment (read models: roster, progress). */
@ApplicationScoped
public class BehindQuery {
    private final Pool pool;

    public BehindQuery(Pool pool) {
        this.pool = pool;
    }

    public record Learner(UUID personId, String displayName, String timeZone) {
    }

    public Uni<List<Learner>> withoutSubmission(UUID assignmentId) {
        return pool.preparedQuery("""
                select r.person_id, r.display_name, r.time_zone from roster_member r
                 where r.learner and not exists (select 1 from progress_submission s
                                                  where s.assignment_id = $1 and s.person_id = r.person_id)
                 order by r.display_name, r.person_id""").execute(Tuple.of(assignmentId)).map(rows -> {
                    List<Learner> learners = new ArrayList<>();
                    for (Row row : rows) {
                        learners.add(new Learner(row.getUUID("person_id"), row.getString("display_name"),
                                row.getString("time_zone")));
                    }
                    return learners;
                });
    }
}
