package org.hlc.participants.groups.roster;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hlc.platform.events.Topics;
import org.hlc.platform.projection.ConsumedEvent;
import org.hlc.platform.projection.TableProjection;

/** Coaching groups and who is in which, per cohort. Member names and zones come from the directory at read time. */
@ApplicationScoped
public class RosterProjection extends TableProjection {

    public RosterProjection() {
        super("coaching-roster", List.of(Topics.PARTICIPANTS), "coaching_groups", "group_members");
        on("GroupCreated", this::created);
        on("MemberAdded", this::added);
        on("MemberMoved", this::moved);
    }

    private Uni<Void> created(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                insert into coaching_groups (group_id, cohort, name, region, coach_person_id, created_at)
                values ($1, $2, $3, $4, $5, $6) on conflict (group_id) do nothing""",
                event.uuid("groupId"), event.text("cohort"), event.text("name"), event.text("region"),
                event.uuid("coachPersonId"), Instant.parse(event.text("createdAt")).atOffset(ZoneOffset.UTC));
    }

    private Uni<Void> added(SqlConnection tx, ConsumedEvent event) {
        return place(tx, event, "groupId");
    }

    private Uni<Void> moved(SqlConnection tx, ConsumedEvent event) {
        return place(tx, event, "toGroupId");
    }

    private static Uni<Void> place(SqlConnection tx, ConsumedEvent event, String groupField) {
        return execute(tx, """
                insert into group_members (cohort, person_id, group_id, version) values ($1, $2, $3, $4)
                on conflict (cohort, person_id) do update set group_id = excluded.group_id, version = excluded.version
                 where group_members.version < excluded.version""",
                event.text("cohort"), event.uuid("personId"), event.uuid(groupField), event.streamVersion());
    }
}
