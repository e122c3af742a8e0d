package org.hlc.learning.roster;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.Optional;

/** Who a token subject is in the programme, from the roster read model. */
@ApplicationScoped
public class RosterQuery {
    private final Pool pool;

    public RosterQuery(Pool pool) {
        this.pool = pool;
    }

    public Uni<Optional<RosterPerson>> bySubject(String subject) {
        return pool.preparedQuery("""
                select person_id, subject, display_name, time_zone, learner, coach
                  from roster_member where subject = $1 order by version desc limit 1""")
                .execute(Tuple.of(subject)).map(rows -> {
                    Iterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        return Optional.empty();
                    }
                    Row row = it.next();
                    return Optional.of(new RosterPerson(row.getUUID("person_id"), row.getString("subject"),
                            row.getString("display_name"), row.getString("time_zone"), row.getBoolean("learner"),
                            row.getBoolean("coach")));
                });
    }
}
