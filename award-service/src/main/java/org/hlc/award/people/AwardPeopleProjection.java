package org.hlc.award.people;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.hlc.platform.projection.ConsumedEvent;
import org.hlc.platform.projection.Projection;

/** Country, organisation and roles of people, for jury assignment and conflict-of-interest checks. */
@ApplicationScoped
public class AwardPeopleProjection implements Projection {

    @Override
    public String name() {
        return "award-people";
    }

    @Override
    public List<String> topics() {
        return List.of("hlc.participants.events");
    }

    @Override
    public Uni<Void> apply(SqlConnection tx, ConsumedEvent event) {
        if (event.is("PersonRegistered")) {
            return tx.preparedQuery("""
                    insert into award_person (person_id, subject, display_name, country, roles, version)
                    values ($1, $2, $3, $4, $5, $6) on conflict (person_id) do nothing""")
                    .execute(Tuple.from(Arrays.asList(event.uuid("personId"), event.text("subject"),
                            event.text("displayName"), event.text("country"), event.texts("roles"),
                            event.streamVersion())))
                    .replaceWithVoid();
        }
        if (event.is("ProfileUpdated")) {
            return tx.preparedQuery("""
                    update award_person set display_name = $2, country = $3, organisation = $4, version = $5
                     where person_id = $1 and version < $5""")
                    .execute(Tuple.of(event.uuid("personId"), event.text("displayName"), event.text("country"),
                            event.text("organisation"), event.streamVersion()))
                    .replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> reset(SqlConnection tx) {
        return tx.query("truncate award_person").execute().replaceWithVoid();
    }
}
