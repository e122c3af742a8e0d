package org.hlc.learning.assignment;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The submissions of an assignment, read from the event log itself (first event of each submission stream): peer
 * review allocation must see every submission made before it, which a lagging read model cannot promise.
 */
@ApplicationScoped
public class SubmissionLog {
    private final Pool pool;

    public SubmissionLog(Pool pool) {
        this.pool = pool;
    }

    /** Submission id → author person id. */
    public Uni<Map<UUID, UUID>> authors(UUID assignmentId) {
        return pool.preparedQuery("""
                select payload->>'submissionId' as submission_id, payload->>'personId' as person_id
                  from hlc_events
                 where stream_type = $1 and version = 1 and payload->>'assignmentId' = $2
                 order by global_position""")
                .execute(Tuple.of(SubmissionService.STREAM_TYPE, assignmentId.toString())).map(rows -> {
                    Map<UUID, UUID> authors = new LinkedHashMap<>();
                    for (Row row : rows) {
                        authors.put(UUID.fromString(row.getString("submission_id")),
                                UUID.fromString(row.getString("person_id")));
                    }
                    return authors;
                });
    }
}
