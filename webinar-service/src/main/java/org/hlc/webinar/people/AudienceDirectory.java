package org.hlc.webinar.people;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hlc.webinar.scheduling.WeeklyAvailability;

/** Queries on the audience read model for the other features of this service. */
@ApplicationScoped
public class AudienceDirectory {
    private static final String COLUMNS = """
            select person_id, subject, display_name, time_zone, roles, availability::text as availability, version
              from audience_member""";

    private final Pool pool;
    private final ObjectMapper mapper;

    public AudienceDirectory(Pool pool, ObjectMapper mapper) {
        this.pool = pool;
        this.mapper = mapper;
    }

    public Uni<Optional<AudiencePerson>> byId(UUID personId) {
        return pool.preparedQuery(COLUMNS + " where person_id = $1").execute(Tuple.of(personId))
                .map(rows -> map(rows).stream().findFirst());
    }

    public Uni<Optional<AudiencePerson>> bySubject(String subject) {
        return pool.preparedQuery(COLUMNS + " where subject = $1 order by person_id limit 1")
                .execute(Tuple.of(subject)).map(rows -> map(rows).stream().findFirst());
    }

    /** The known ones among {@code ids}, in person id order. */
    public Uni<List<AudiencePerson>> byIds(List<UUID> ids) {
        return pool.preparedQuery(COLUMNS + " where person_id = any($1) order by person_id")
                .execute(Tuple.of(ids.toArray(UUID[]::new))).map(this::map);
    }

    /** Members of a coaching group who are known here. */
    public Uni<List<AudiencePerson>> inGroup(UUID groupId) {
        return pool.preparedQuery(COLUMNS
                + " where person_id in (select person_id from audience_group_member where group_id = $1)"
                + " order by person_id").execute(Tuple.of(groupId)).map(this::map);
    }

    /** Whether the person is a member of the coaching group, or coaches it. */
    public Uni<Boolean> belongsToGroup(UUID personId, UUID groupId) {
        return pool.preparedQuery("""
                select exists (select 1 from audience_group_member where group_id = $1 and person_id = $2)
                    or exists (select 1 from audience_group where group_id = $1 and coach_person_id = $2) as member""")
                .execute(Tuple.of(groupId, personId)).map(rows -> rows.iterator().next().getBoolean("member"));
    }

    /** The coach of a coaching group, when the group is known here. */
    public Uni<Optional<UUID>> coachOf(UUID groupId) {
        return pool.preparedQuery("select coach_person_id from audience_group where group_id = $1")
                .execute(Tuple.of(groupId)).map(rows -> rows.size() == 0 ? Optional.<UUID>empty()
                        : Optional.of(rows.iterator().next().getUUID("coach_person_id")));
    }

    public Uni<List<AudiencePerson>> withRole(String role) {
        return pool.preparedQuery(COLUMNS + " where $1 = any(roles) order by person_id")
                .execute(Tuple.of(role)).map(this::map);
    }

    private List<AudiencePerson> map(RowSet<Row> rows) {
        List<AudiencePerson> people = new ArrayList<>();
        for (Row row : rows) {
            people.add(new AudiencePerson(row.getUUID("person_id"), row.getString("subject"),
                    row.getString("display_name"), ZoneId.of(row.getString("time_zone")),
                    Arrays.asList(row.getArrayOfStrings("roles")), availability(row.getString("availability")),
                    row.getLong("version")));
        }
        return people;
    }

    private WeeklyAvailability availability(String json) {
        if (json == null) {
            return WeeklyAvailability.DEFAULT;
        }
        try {
            return WeeklyAvailability.fromJson(mapper.readTree(json));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return WeeklyAvailability.DEFAULT;
        }
    }
}
