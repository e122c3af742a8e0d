package org.hlc.webinar.people;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.hlc.platform.projection.ConsumedEvent;
import org.hlc.platform.projection.Projection;

/** Who may host or attend, and in which zone: read from the participants contract (tolerant reader). */
@ApplicationScoped
public class AudienceProjection implements Projection {

    @Override
    public String name() {
        return "audience";
    }

    @Override
    public List<String> topics() {
        return List.of("hlc.participants.events");
    }

    @Override
    public Uni<Void> apply(SqlConnection tx, ConsumedEvent event) {
        if (event.is("PersonRegistered")) {
            return tx.preparedQuery("""
                    insert into audience_member (person_id, subject, display_name, time_zone, roles, version)
                    values ($1, $2, $3, $4, $5, $6) on conflict (person_id) do nothing""")
                    .execute(Tuple.from(Arrays.asList(event.uuid("personId"), event.text("subject"),
                            event.text("displayName"), event.text("timeZone"), event.texts("roles"),
                            event.streamVersion())))
                    .replaceWithVoid();
        }
        if (event.is("ProfileUpdated")) {
            return tx.preparedQuery("""
                    update audience_member set display_name = $2, time_zone = $3, version = $4
                     where person_id = $1 and version < $4""")
                    .execute(Tuple.of(event.uuid("personId"), event.text("displayName"),
                            event.text("timeZone"), event.streamVersion()))
                    .replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> reset(SqlConnection tx) {
        return tx.query("truncate audience_member").execute().replaceWithVoid();
    }
}
