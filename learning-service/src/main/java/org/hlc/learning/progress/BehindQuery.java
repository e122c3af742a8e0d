package org.hlc.learning.progress;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Deadlines and who has submitted (read models: learning-headers, progress). */
@ApplicationScoped
public class BehindQuery {
    private final Pool pool;

    public BehindQuery(Pool pool) {
        this.pool = pool;
    }

    public record Due(UUID assignmentId, UUID programmeId, String title, Instant dueAt) {
    }

    /** Assignments of the programmes due by {@code until} (their 24 h warning window has begun), by due instant. */
    public Uni<List<Due>> dueBy(List<UUID> programmeIds, Instant until) {
        return pool.preparedQuery("""
                select assignment_id, programme_id, title, due_at from assignment_ref
                 where programme_id = any($1) and due_at <= $2 order by due_at, assignment_id""")
                .execute(Tuple.tuple().addArrayOfUUID(programmeIds.toArray(new UUID[0]))
                        .addOffsetDateTime(until.atOffset(ZoneOffset.UTC)))
                .map(rows -> {
                    List<Due> due = new ArrayList<>();
                    for (Row row : rows) {
                        due.add(new Due(row.getUUID("assignment_id"), row.getUUID("programme_id"),
                                row.getString("title"), row.getOffsetDateTime("due_at").toInstant()));
                    }
                    return due;
                });
    }

    /** Programmes run for a cohort (the coaching groups' link to programmes). */
    public Uni<List<UUID>> programmesOfCohort(String cohort) {
        return pool.preparedQuery("select programme_id from programme_ref where cohort = $1")
                .execute(Tuple.of(cohort)).map(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getUUID("programme_id")));
                    return ids;
                });
    }

    /** Webinars of the programmes that have started by {@code now} and were not cancelled. */
    public Uni<Integer> webinarsHeld(List<UUID> programmeIds, Instant now) {
        return pool.preparedQuery("""
                select count(*) as held from programme_webinar
                 where programme_id = any($1) and not cancelled and starts_at <= $2""")
                .execute(Tuple.tuple().addArrayOfUUID(programmeIds.toArray(new UUID[0]))
                        .addOffsetDateTime(now.atOffset(ZoneOffset.UTC)))
                .map(rows -> rows.iterator().next().getInteger("held"));
    }

    /** "assignmentId/personId" for every submission to these assignments. */
    public Uni<Set<String>> submitted(List<UUID> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return pool.preparedQuery(
                "select assignment_id, person_id from progress_submission where assignment_id = any($1)")
                .execute(Tuple.tuple().addArrayOfUUID(assignmentIds.toArray(new UUID[0]))).map(rows -> {
                    Set<String> pairs = new HashSet<>();
                    rows.forEach(row -> pairs.add(row.getUUID("assignment_id") + "/" + row.getUUID("person_id")));
                    return pairs;
                });
    }
}
