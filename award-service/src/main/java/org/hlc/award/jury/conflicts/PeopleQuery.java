package org.hlc.award.jury.conflicts;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads award_person (fed by AwardPeopleProjection from hlc.participants.events). */
@ApplicationScoped
public class PeopleQuery {
    private static final String COLUMNS = "select person_id, subject, display_name, country, organisation, "
            + "roles @> array['jury'] as jury from award_person ";
    private final Pool pool;

    public PeopleQuery(Pool pool) {
        this.pool = pool;
    }

    public Uni<Optional<JuryPerson>> byId(UUID personId) {
        return pool.preparedQuery(COLUMNS + "where person_id = $1").execute(Tuple.of(personId))
                .map(rows -> rows.iterator().hasNext() ? Optional.of(person(rows.iterator().next()))
                        : Optional.empty());
    }

    /** People by token subject (several rows for one subject: the latest registered wins). */
    public Uni<Map<String, JuryPerson>> bySubjects(Collection<String> subjects) {
        return pool.preparedQuery(COLUMNS + "where subject = any($1) order by version")
                .execute(Tuple.of(subjects.toArray(String[]::new))).map(rows -> {
                    Map<String, JuryPerson> people = new HashMap<>();
                    for (Row row : rows) {
                        JuryPerson person = person(row);
                        people.put(person.subject(), person);
                    }
                    return people;
                });
    }

    private static JuryPerson person(Row row) {
        return new JuryPerson(row.getUUID("person_id"), row.getString("subject"), row.getString("display_name"),
                row.getString("country"), row.getString("organisation"), Boolean.TRUE.equals(row.getBoolean("jury")));
    }
}
