package org.hlc.participants.person.directory;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.hlc.platform.projection.ConsumedEvent;
import org.hlc.platform.projection.Projection;

/** The people directory (list and search), built from this service's own topic. */
@ApplicationScoped
public class DirectoryProjection implements Projection {

    @Override
    public String name() {
        return "people-directory";
    }

    @Override
    public List<String> topics() {
        return List.of("hlc.participants.events");
    }

    @Override
    public Uni<Void> apply(SqlConnection tx, ConsumedEvent event) {
        if (event.is("PersonRegistered")) {
            return tx.preparedQuery("""
                    insert into people_directory (person_id, subject, display_name, email, country, time_zone, roles,
                                                  registered_at, version)
                    values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict (person_id) do nothing""")
                    .execute(Tuple.from(Arrays.asList(event.uuid("personId"), event.text("subject"),
                            event.text("displayName"), event.text("email"), event.text("country"),
                            event.text("timeZone"), event.texts("roles"),
                            Instant.parse(event.text("registeredAt")).atOffset(ZoneOffset.UTC),
                            event.streamVersion())))
                    .replaceWithVoid();
        }
        if (event.is("ProfileUpdated")) {
            return tx.preparedQuery("""
                    update people_directory set display_name = $2, organisation = $3, country = $4, time_zone = $5,
                                                version = $6
                     where person_id = $1 and version < $6""")
                    .execute(Tuple.of(event.uuid("personId"), event.text("displayName"),
                            event.text("organisation"), event.text("country"), event.text("timeZone"),
                            event.streamVersion()))
                    .replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> reset(SqlConnection tx) {
        return tx.query("truncate people_directory").execute().replaceWithVoid();
    }
}
