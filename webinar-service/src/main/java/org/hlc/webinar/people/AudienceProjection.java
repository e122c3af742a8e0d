package org.hlc.webinar.people;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hlc.platform.events.Topics;
import org.hlc.platform.projection.ConsumedEvent;
import org.hlc.platform.projection.TableProjection;
import org.hlc.webinar.scheduling.WeeklyAvailability;
import org.jboss.logging.Logger;

/** Who may host or attend, in which zone and when: read from the participants contract (tolerant reader). */
@ApplicationScoped
public class AudienceProjection extends TableProjection {
    private static final Logger LOG = Logger.getLogger(AudienceProjection.class);

    public AudienceProjection() {
        super("audience", List.of(Topics.PARTICIPANTS), "audience_member", "audience_group_member", "audience_group");
        on("PersonRegistered", this::registered);
        on("ProfileUpdated", this::profileUpdated);
        on("RoleGranted", (tx, e) -> execute(tx, """
                update audience_member set roles = case when $2 = any(roles) then roles else array_append(roles, $2) end,
                       version = $3
                 where person_id = $1 and version < $3""", e.uuid("personId"), e.text("role"), e.streamVersion()));
        on("RoleRevoked", (tx, e) -> execute(tx, """
                update audience_member set roles = array_remove(roles, $2), version = $3
                 where person_id = $1 and version < $3""", e.uuid("personId"), e.text("role"), e.streamVersion()));
        on("GroupCreated", (tx, e) -> execute(tx, """
                insert into audience_group (group_id, cohort, coach_person_id, version) values ($1, $2, $3, $4)
                on conflict (group_id) do update set coach_person_id = excluded.coach_person_id,
                       version = excluded.version where audience_group.version < excluded.version""",
                e.uuid("groupId"), e.text("cohort"), e.uuid("coachPersonId"), e.streamVersion()));
        on("MemberAdded", (tx, e) -> membership(tx, e, e.uuid("groupId")));
        on("MemberMoved", (tx, e) -> membership(tx, e, e.uuid("toGroupId")));
        on("PersonErased", (tx, event) -> execute(tx, "delete from audience_member where person_id = $1",
                event.uuid("personId"))); // erasure: nothing personal stays in this read model
    }

    private static Uni<Void> membership(SqlConnection tx, ConsumedEvent event, java.util.UUID groupId) {
        return execute(tx, """
                insert into audience_group_member (cohort, person_id, group_id, version) values ($1, $2, $3, $4)
                on conflict (cohort, person_id) do update set group_id = excluded.group_id, version = excluded.version
                 where audience_group_member.version < excluded.version""",
                event.text("cohort"), event.uuid("personId"), groupId, event.streamVersion());
    }

    private Uni<Void> registered(SqlConnection tx, ConsumedEvent event) {
        Availability availability = availability(event);
        return execute(tx, """
                insert into audience_member (person_id, subject, display_name, time_zone, roles, version, availability)
                values ($1, $2, $3, $4, $5, $6, $7::text::jsonb) on conflict (person_id) do nothing""",
                event.uuid("personId"), event.text("subject"), event.personal("displayName"), event.text("timeZone"),
                event.texts("roles"), event.streamVersion(), availability.json());
    }

    /** A payload without the field keeps what is known (older producers never send it); an explicit null clears it. */
    private Uni<Void> profileUpdated(SqlConnection tx, ConsumedEvent event) {
        Availability availability = availability(event);
        return execute(tx, """
                update audience_member set display_name = $2, time_zone = $3, version = $4,
                       availability = case when $5 then $6::text::jsonb else availability end
                 where person_id = $1 and version < $4""",
                event.uuid("personId"), event.personal("displayName"), event.text("timeZone"), event.streamVersion(),
                availability.present(), availability.json());
    }

    private static Availability availability(ConsumedEvent event) {
        JsonNode node = event.payload().get("availability");
        if (node == null) {
            return new Availability(false, null);
        }
        if (node.isNull()) {
            return new Availability(true, null);
        }
        try {
            return new Availability(true, WeeklyAvailability.fromJson(node).toJson().toString());
        } catch (IllegalArgumentException e) {
            LOG.warnf("ignoring malformed availability in event %s: %s", event.eventId(), e.getMessage());
            return new Availability(false, null);
        }
    }

    private record Availability(boolean present, String json) {
    }
}
