package org.hlc.learning.membership;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hlc.learning.roster.RosterPerson;
import org.hlc.learning.roster.RosterQuery;
import org.hlc.platform.http.AccessDeniedException;

/**
 * Who belongs to a programme. A <b>learner</b> of a programme is a person on the roster with the participant role who
 * either was invited as a semi-finalist of the programme's award edition (participants' {@code Invited.editionId}) or
 * is a member of a coaching group of the programme's cohort ({@code MemberAdded/MemberMoved.cohort}). A <b>coach</b>
 * of a learner is the coach of the learner's group in that cohort ({@code GroupCreated.coachPersonId}).
 */
@ApplicationScoped
public class MembershipQuery {
    private static final String LEARNERS = """
            select r.person_id, r.display_name, r.time_zone, m.group_id, g.name as group_name
              from roster_member r
              left join group_member m on m.person_id = r.person_id and m.cohort = $2
              left join coaching_group g on g.group_id = m.group_id
             where r.learner and (m.group_id is not null
                   or exists (select 1 from edition_invitation i where i.person_id = r.person_id and i.edition_id = $1))
            """;

    private final Pool pool;
    private final RosterQuery roster;

    public MembershipQuery(Pool pool, RosterQuery roster) {
        this.pool = pool;
        this.roster = roster;
    }

    /** The caller as a learner of the programme; 403 when not on the roster, not a learner or not in it. */
    public Uni<RosterPerson> requireLearner(String subject, UUID editionId, String cohort) {
        return roster.bySubject(subject).flatMap(found -> {
            RosterPerson person = found.orElseThrow(
                    () -> new AccessDeniedException("you are not on the programme roster"));
            if (!person.learner()) {
                throw new AccessDeniedException("only learners (participants) of the programme do this");
            }
            return isLearner(person.personId(), editionId, cohort).map(member -> {
                if (!member) {
                    throw new AccessDeniedException("you are not a participant of this programme: neither invited "
                            + "from its award edition nor in a coaching group of its cohort");
                }
                return person;
            });
        });
    }

    public Uni<Boolean> isLearner(UUID personId, UUID editionId, String cohort) {
        return pool.preparedQuery("""
                select exists (select 1 from edition_invitation where person_id = $1 and edition_id = $2)
                    or exists (select 1 from group_member where person_id = $1 and cohort = $3) as member""")
                .execute(Tuple.of(personId, editionId, cohort))
                .map(rows -> rows.iterator().next().getBoolean("member"));
    }

    /** Every learner of the programme, by name. */
    public Uni<List<ProgrammeMember>> learners(UUID editionId, String cohort) {
        return pool.preparedQuery(LEARNERS + " order by r.display_name, r.person_id")
                .execute(Tuple.of(editionId, cohort)).map(MembershipQuery::members);
    }

    /** The learners of the programme who are in one group. */
    public Uni<List<ProgrammeMember>> learnersInGroup(UUID editionId, String cohort, UUID groupId) {
        return pool.preparedQuery(LEARNERS + " and m.group_id = $3 order by r.display_name, r.person_id")
                .execute(Tuple.of(editionId, cohort, groupId)).map(MembershipQuery::members);
    }

    /** The learners (participant role) in one coaching group, by name. */
    public Uni<List<ProgrammeMember>> membersOfGroup(UUID groupId) {
        return pool.preparedQuery("""
                select r.person_id, r.display_name, r.time_zone, m.group_id, g.name as group_name
                  from group_member m join roster_member r on r.person_id = m.person_id
                  join coaching_group g on g.group_id = m.group_id
                 where m.group_id = $1 and r.learner order by r.display_name, r.person_id""")
                .execute(Tuple.of(groupId)).map(MembershipQuery::members);
    }

    /** Person id → coaching group id (as text) for everyone in a group of the cohort. */
    public Uni<Map<UUID, String>> groupsByPerson(String cohort) {
        return pool.preparedQuery("select person_id, group_id from group_member where cohort = $1")
                .execute(Tuple.of(cohort)).map(rows -> {
                    Map<UUID, String> groups = new HashMap<>();
                    for (Row row : rows) {
                        groups.put(row.getUUID("person_id"), row.getUUID("group_id").toString());
                    }
                    return groups;
                });
    }

    /** The group of a person in a cohort, with its coach. */
    public Uni<Optional<CoachingGroup>> groupOf(UUID personId, String cohort) {
        return pool.preparedQuery("""
                select g.group_id, g.cohort, g.name, g.coach_person_id from group_member m
                  join coaching_group g on g.group_id = m.group_id
                 where m.person_id = $1 and m.cohort = $2""").execute(Tuple.of(personId, cohort))
                .map(MembershipQuery::firstGroup);
    }

    public Uni<Optional<CoachingGroup>> group(UUID groupId) {
        return pool.preparedQuery(
                "select group_id, cohort, name, coach_person_id from coaching_group where group_id = $1")
                .execute(Tuple.of(groupId)).map(MembershipQuery::firstGroup);
    }

    /** The groups a person coaches in a cohort. */
    public Uni<List<UUID>> groupsCoachedBy(UUID personId, String cohort) {
        return pool.preparedQuery("select group_id from coaching_group where coach_person_id = $1 and cohort = $2")
                .execute(Tuple.of(personId, cohort)).map(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getUUID("group_id")));
                    return ids;
                });
    }

    private static Optional<CoachingGroup> firstGroup(RowSet<Row> rows) {
        Iterator<Row> it = rows.iterator();
        if (!it.hasNext()) {
            return Optional.empty();
        }
        Row row = it.next();
        return Optional.of(new CoachingGroup(row.getUUID("group_id"), row.getString("cohort"), row.getString("name"),
                row.getUUID("coach_person_id")));
    }

    private static List<ProgrammeMember> members(RowSet<Row> rows) {
        List<ProgrammeMember> members = new ArrayList<>();
        for (Row row : rows) {
            members.add(new ProgrammeMember(row.getUUID("person_id"), row.getString("display_name"),
                    row.getString("time_zone"), row.getUUID("group_id"), row.getString("group_name")));
        }
        return members;
    }
}
