package org.hlc.participants.groups.roster;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hlc.participants.person.directory.RowVisibility;
import org.hlc.participants.person.profile.ProfileField;
import org.hlc.participants.person.profile.Visibility;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.ResourceNotFoundException;

@ApplicationScoped
public class RosterQuery {
    private static final String GROUP = """
            select g.group_id, g.cohort, g.name, g.region, g.coach_person_id, c.subject as coach_subject
              from coaching_groups g left join people_directory c on c.person_id = g.coach_person_id
             where g.group_id = $1""";
    private static final String MEMBERS = """
            select m.person_id, p.display_name, p.country, p.time_zone, p.subject, coalesce(p.visibility, '{}')::text as visibility
              from group_members m left join people_directory p on p.person_id = m.person_id
             where m.group_id = $1 order by p.display_name, m.person_id""";

    private final Pool pool;
    private final Clock clock = Clock.systemUTC();

    public RosterQuery(Pool pool) {
        this.pool = pool;
    }

    /** Organizers see every roster; a coach only the groups they coach. */
    public Uni<Roster> roster(UUID groupId, String callerSubject, boolean organizer) {
        return pool.preparedQuery(GROUP).execute(Tuple.of(groupId)).flatMap(groups -> {
            if (groups.rowCount() == 0) {
                throw new ResourceNotFoundException("group", groupId.toString());
            }
            Row group = groups.iterator().next();
            if (!organizer && !callerSubject.equals(group.getString("coach_subject"))) {
                throw new AccessDeniedException("only the group's coach and organizers see its members");
            }
            return pool.preparedQuery(MEMBERS).execute(Tuple.of(groupId)).map(rows -> new Roster(groupId,
                    group.getString("cohort"), group.getString("name"), group.getString("region"),
                    group.getUUID("coach_person_id"), members(rows, organizer)));
        });
    }

    private List<RosterMember> members(RowSet<Row> rows, boolean organizer) {
        List<RosterMember> members = new ArrayList<>();
        for (Row row : rows) {
            RowVisibility visible = new RowVisibility(row.getString("visibility"),
                    organizer ? Visibility.PRIVATE : Visibility.COMMUNITY);
            String zone = visible.show(ProfileField.timeZone, row.getString("time_zone"));
            members.add(new RosterMember(row.getUUID("person_id"), row.getString("display_name"),
                    visible.show(ProfileField.country, row.getString("country")), zone,
                    zone == null ? null : ZonedDateTime.now(clock.withZone(ZoneId.of(zone))).toOffsetDateTime()
                            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        }
        return members;
    }
}
