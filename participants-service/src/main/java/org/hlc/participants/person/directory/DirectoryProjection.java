package org.hlc.participants.person.directory;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hlc.platform.events.Topics;
import org.hlc.platform.projection.ConsumedEvent;
import org.hlc.platform.projection.TableProjection;

/** The people directory (list and search), built from this service's own topic. */
@ApplicationScoped
public class DirectoryProjection extends TableProjection {

    public DirectoryProjection() {
        super("people-directory", List.of(Topics.PARTICIPANTS), "people_directory");
        on("PersonRegistered", this::registered);
        on("ProfileUpdated", this::profileUpdated);
    }

    private Uni<Void> registered(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                insert into people_directory (person_id, subject, display_name, email, country, time_zone, roles,
                                              registered_at, version)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict (person_id) do nothing""",
                event.uuid("personId"), event.text("subject"), event.text("displayName"), event.text("email"),
                event.text("country"), event.text("timeZone"), event.texts("roles"),
                Instant.parse(event.text("registeredAt")).atOffset(ZoneOffset.UTC), event.streamVersion());
    }

    private Uni<Void> profileUpdated(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                update people_directory set display_name = $2, organisation = $3, country = $4, time_zone = $5,
                                            version = $6
                 where person_id = $1 and version < $6""",
                event.uuid("personId"), event.text("displayName"), event.text("organisation"), event.text("country"),
                event.text("timeZone"), event.streamVersion());
    }
}
