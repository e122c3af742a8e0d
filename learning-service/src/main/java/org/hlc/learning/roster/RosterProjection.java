package org.hlc.learning.roster;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.hlc.platform.events.Topics;
import org.hlc.platform.projection.ConsumedEvent;
import org.hlc.platform.projection.TableProjection;

/**
 * The roster: who learns (participant), coaches or teaches (expert), from the participants contract (registration,
 * profile, role granted/revoked, erasure).
 */
@ApplicationScoped
public class RosterProjection extends TableProjection {

    public RosterProjection() {
        super("roster", List.of(Topics.PARTICIPANTS), "roster_member");
        on("PersonRegistered", this::registered);
        on("ProfileUpdated", this::profileUpdated);
        on("RoleGranted", (tx, event) -> role(tx, event, true));
        on("RoleRevoked", (tx, event) -> role(tx, event, false));
        on("PersonErased", (tx, event) -> execute(tx, "delete from roster_member where person_id = $1",
                event.uuid("personId"))); // erasure: nothing personal stays in this read model
    }

    private Uni<Void> registered(SqlConnection tx, ConsumedEvent event) {
        Set<String> roles = Set.of(event.texts("roles"));
        return execute(tx, """
                insert into roster_member (person_id, subject, display_name, country, time_zone, learner, coach, expert,
                                           version)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict (person_id) do nothing""",
                event.uuid("personId"), event.text("subject"), event.personal("displayName"), event.text("country"),
                event.text("timeZone"), roles.contains("participant"), roles.contains("coach"),
                roles.contains("expert"), event.streamVersion());
    }

    /** participant → learner, coach, expert; other roles do not matter here. Guarded by the person stream version. */
    private Uni<Void> role(SqlConnection tx, ConsumedEvent event, boolean holds) {
        String column = switch (String.valueOf(event.text("role"))) {
            case "participant" -> "learner";
            case "coach" -> "coach";
            case "expert" -> "expert";
            default -> null;
        };
        if (column == null) {
            return execute(tx, "update roster_member set version = $2 where person_id = $1 and version < $2",
                    event.uuid("personId"), event.streamVersion());
        }
        return execute(tx, "update roster_member set " + column + " = $3, version = $2"
                + " where person_id = $1 and version < $2", event.uuid("personId"), event.streamVersion(), holds);
    }

    private Uni<Void> profileUpdated(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                update roster_member set display_name = $2, country = $3, time_zone = $4, version = $5
                 where person_id = $1 and version < $5""",
                event.uuid("personId"), event.personal("displayName"), event.text("country"), event.text("timeZone"),
                event.streamVersion());
    }
}
