package org.hlc.learning.progress;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hlc.platform.events.Topics;
import org.hlc.platform.projection.ConsumedEvent;
import org.hlc.platform.projection.TableProjection;

/** Programme and assignment headers (edition, cohort, title, due instant) from this service's own topic. */
@ApplicationScoped
public class LearningHeadersProjection extends TableProjection {

    public LearningHeadersProjection() {
        super("learning-headers", List.of(Topics.LEARNING), "programme_ref", "assignment_ref");
        on("ProgrammeCreated", (tx, event) -> execute(tx, """
                insert into programme_ref (programme_id, edition_id, cohort, title) values ($1, $2, $3, $4)
                on conflict (programme_id) do nothing""",
                event.uuid("programmeId"), event.uuid("editionId"), event.text("cohort"), event.text("title")));
        on("AssignmentPublished", this::published);
        on("AssignmentDueDateChanged", (tx, event) -> execute(tx, """
                update assignment_ref set due_at = $2, version = $3 where assignment_id = $1 and version < $3""",
                event.uuid("assignmentId"), at(event.text("dueAt")), event.streamVersion()));
    }

    private Uni<Void> published(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                insert into assignment_ref (assignment_id, programme_id, module_id, title, due_at, version)
                values ($1, $2, $3, $4, $5, $6) on conflict (assignment_id) do nothing""",
                event.uuid("assignmentId"), event.uuid("programmeId"), event.uuid("moduleId"), event.text("title"),
                at(event.text("dueAt")), event.streamVersion());
    }

    private static java.time.OffsetDateTime at(String instant) {
        return Instant.parse(instant).atOffset(ZoneOffset.UTC);
    }
}
