package org.hlc.learning.roster;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.hlc.platform.projection.ConsumedEvent;
import org.hlc.platform.projection.Projection;

/** The programme roster: who learns (participant), coaches or teaches (expert), from the participants contract. */
@ApplicationScoped
public class RosterProjection implements Projection {

    @Override
    public String name() {
        return "roster";
    }

    @Override
    public List<String> topics() {
        return List.of("hlc.participants.events");
    }

    @Override
    public Uni<Void> apply(SqlConnection tx, ConsumedEvent event) {
        if (event.is("PersonRegistered")) {
            Set<String> roles = Set.of(event.texts("roles"));
            return tx.preparedQuery("""
                    insert into roster_member (person_id, subject, display_name, country, time_zone, learner, coach,
                                               expert, version)
                    values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict (person_id) do nothing""")
                    .execute(Tuple.from(Arrays.asList(event.uuid("personId"), event.text("subject"),
                            event.text("displayName"), event.text("country"), event.text("timeZone"),
                            roles.contains("participant"), roles.contains("coach"), roles.contains("expert"),
                            event.streamVersion())))
                    .replaceWithVoid();
        }
        if (event.is("ProfileUpdated")) {
            return tx.preparedQuery("""
                    update roster_member set display_name = $2, country = $3, time_zone = $4, version = $5
                     where person_id = $1 and version < $5""")
                    .execute(Tuple.of(event.uuid("personId"), event.text("displayName"), event.text("country"),
                            event.text("timeZone"), event.streamVersion()))
                    .replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> reset(SqlConnection tx) {
        return tx.query("truncate roster_member").execute().replaceWithVoid();
    }
}
