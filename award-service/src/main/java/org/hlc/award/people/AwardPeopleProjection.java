package org.hlc.award.people;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hlc.platform.events.Topics;
import org.hlc.platform.projection.ConsumedEvent;
import org.hlc.platform.projection.TableProjection;

/** Country, organisation and roles of people, for jury assignment and conflict-of-interest checks. */
@ApplicationScoped
public class AwardPeopleProjection extends TableProjection {

    public AwardPeopleProjection() {
        super("award-people", List.of(Topics.PARTICIPANTS), "award_person");
        on("PersonRegistered", this::registered);
        on("ProfileUpdated", this::profileUpdated);
        on("PersonErased", (tx, event) -> execute(tx, "delete from award_person where person_id = $1",
                event.uuid("personId"))); // erasure: nothing personal stays in this read model
    }

    private Uni<Void> registered(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                insert into award_person (person_id, subject, display_name, country, roles, version)
                values ($1, $2, $3, $4, $5, $6) on conflict (person_id) do nothing""",
                event.uuid("personId"), event.text("subject"), event.personal("displayName"), event.text("country"),
                event.texts("roles"), event.streamVersion());
    }

    private Uni<Void> profileUpdated(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                update award_person set display_name = $2, country = $3, organisation = $4, version = $5
                 where person_id = $1 and version < $5""",
                event.uuid("personId"), event.personal("displayName"), event.text("country"), event.text("organisation"),
                event.streamVersion());
    }
}
