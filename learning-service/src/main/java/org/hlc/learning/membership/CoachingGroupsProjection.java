package org.hlc.learning.membership;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hlc.platform.events.Topics;
import org.hlc.platform.projection.ConsumedEvent;
import org.hlc.platform.projection.TableProjection;

/**
 * Coaching groups per cohort, their members and coaches, and the award edition each semi-finalist was invited from,
 * from the participants contract (GroupCreated, MemberAdded, MemberMoved, Invited, PersonErased). Group and membership
 * streams are keyed apart from person streams, so a membership event may arrive after the person's erasure: the
 * erased ids are kept (ids only) and such late events are not projected.
 */
@ApplicationScoped
public class CoachingGroupsProjection extends TableProjection {
    private static final String NOT_ERASED =
            " where not exists (select 1 from erased_person e where e.person_id = $%d::uuid)";

    public CoachingGroupsProjection() {
        super("coaching-groups", List.of(Topics.PARTICIPANTS), "coaching_group", "group_member", "edition_invitation",
                "erased_person");
        on("GroupCreated", this::groupCreated);
        on("MemberAdded", (tx, event) -> member(tx, event, "groupId"));
        on("MemberMoved", (tx, event) -> member(tx, event, "toGroupId"));
        on("Invited", this::invited);
        on("PersonErased", this::erased);
    }

    private Uni<Void> groupCreated(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                insert into coaching_group (group_id, cohort, name, coach_person_id)
                select $1::uuid, $2::text, $3::text,
                       case when exists (select 1 from erased_person e where e.person_id = $4::uuid)
                            then null else $4::uuid end
                on conflict (group_id) do nothing""",
                event.uuid("groupId"), event.text("cohort"), event.text("name"), event.uuid("coachPersonId"));
    }

    /** One group per person and cohort; the membership stream's version orders adds and moves. */
    private Uni<Void> member(SqlConnection tx, ConsumedEvent event, String groupField) {
        return execute(tx, """
                insert into group_member (cohort, person_id, group_id, version)
                select $1::text, $2::uuid, $3::uuid, $4::bigint""" + NOT_ERASED.formatted(2) + """

                on conflict (cohort, person_id) do update set group_id = excluded.group_id, version = excluded.version
                 where group_member.version < excluded.version""",
                event.text("cohort"), event.uuid("personId"), event.uuid(groupField), event.streamVersion());
    }

    private Uni<Void> invited(SqlConnection tx, ConsumedEvent event) {
        if (event.uuid("editionId") == null) {
            return Uni.createFrom().voidItem();
        }
        return execute(tx, """
                insert into edition_invitation (person_id, edition_id)
                select $1::uuid, $2::uuid""" + NOT_ERASED.formatted(1) + """

                on conflict do nothing""", event.uuid("personId"), event.uuid("editionId"));
    }

    /** Erasure: the person leaves every group and invitation; a group they coached has no coach until re-created. */
    private Uni<Void> erased(SqlConnection tx, ConsumedEvent event) {
        var personId = event.uuid("personId");
        return execute(tx, "insert into erased_person (person_id) values ($1) on conflict do nothing", personId)
                .flatMap(x -> execute(tx, "delete from group_member where person_id = $1", personId))
                .flatMap(x -> execute(tx, "delete from edition_invitation where person_id = $1", personId))
                .flatMap(x -> execute(tx, "update coaching_group set coach_person_id = null where coach_person_id = $1",
                        personId));
    }
}
