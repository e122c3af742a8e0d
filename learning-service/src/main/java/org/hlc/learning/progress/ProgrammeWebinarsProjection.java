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

/** The webinars each programme offers (webinar contract: scheduled, rescheduled, cancelled), by stream version. */
@ApplicationScoped
public class ProgrammeWebinarsProjection extends TableProjection {

    public ProgrammeWebinarsProjection() {
        super("programme-webinars", List.of(Topics.WEBINAR), "programme_webinar");
        on("WebinarScheduled", this::scheduled);
        on("WebinarRescheduled", (tx, event) -> execute(tx, """
                update programme_webinar set starts_at = $2, version = $3 where webinar_id = $1 and version < $3""",
                event.uuid("webinarId"), at(event.text("startsAt")), event.streamVersion()));
        on("WebinarCancelled", (tx, event) -> execute(tx, """
                update programme_webinar set cancelled = true, version = $2 where webinar_id = $1 and version < $2""",
                event.uuid("webinarId"), event.streamVersion()));
    }

    private Uni<Void> scheduled(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                insert into programme_webinar (webinar_id, programme_id, starts_at, cancelled, version)
                values ($1, $2, $3, false, $4) on conflict (webinar_id) do nothing""",
                event.uuid("webinarId"), event.uuid("programmeId"), at(event.text("startsAt")), event.streamVersion());
    }

    private static java.time.OffsetDateTime at(String instant) {
        return Instant.parse(instant).atOffset(ZoneOffset.UTC);
    }
}
