package org.hlc.webinar.people;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hlc.platform.events.Topics;
import org.hlc.platform.projection.ConsumedEvent;
import org.hlc.platform.projection.TableProjection;

/** Who may host or attend, and in which zone: read from the participants contract (tolerant reader). */
@ApplicationScoped
public class AudienceProjection extends TableProjection {

    public AudienceProjection() {
        super("audience", List.of(Topics.PARTICIPANTS), "audience_member");
        on("PersonRegistered", this::registered);
        on("ProfileUpdated", this::profileUpdated);
    }

    private Uni<Void> registered(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                insert into audience_member (person_id, subject, display_name, time_zone, roles, version)
                values ($1, $2, $3, $4, $5, $6) on conflict (person_id) do nothing""",
                event.uuid("personId"), event.text("subject"), event.text("displayName"), event.text("timeZone"),
                event.texts("roles"), event.streamVersion());
    }

    private Uni<Void> profileUpdated(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                update audience_member set display_name = $2, time_zone = $3, version = $4
                 where person_id = $1 and version < $4""",
                event.uuid("personId"), event.text("displayName"), event.text("timeZone"), event.streamVersion());
    }
}
