package org.hlc.participants.matching;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hlc.participants.matching.MatchRanking.Candidate;
import org.hlc.participants.person.directory.RowVisibility;
import org.hlc.participants.person.profile.ProfileDetails;
import org.hlc.participants.person.profile.ProfileField;
import org.hlc.participants.person.profile.TimeWindow;
import org.hlc.participants.person.profile.Visibility;
import org.jboss.logging.Logger;

/** Community members from the directory as matching candidates, with only what the caller may see of each. */
@ApplicationScoped
public class CandidateQuery {
    private static final Logger LOG = Logger.getLogger(CandidateQuery.class);
    private static final TypeReference<Map<DayOfWeek, List<TimeWindow>>> AVAILABILITY = new TypeReference<>() {
    };
    private static final String CANDIDATES = """
            select person_id, subject, display_name, time_zone, availability::text as availability, wants_to_learn,
                   can_contribute, visibility::text as visibility
              from people_directory
             where person_id <> $1 and roles && array['participant', 'coach', 'expert']""";

    private final Pool pool;
    private final ObjectMapper mapper;

    public CandidateQuery(Pool pool, ObjectMapper mapper) {
        this.pool = pool;
        this.mapper = mapper;
    }

    public Uni<List<Candidate>> candidates(UUID excluding, Visibility audience, String callerSubject) {
        return pool.preparedQuery(CANDIDATES).execute(Tuple.of(excluding)).map(rows -> {
            List<Candidate> candidates = new ArrayList<>();
            for (Row row : rows) {
                candidates.add(candidate(row, callerSubject.equals(row.getString("subject"))
                        ? Visibility.PRIVATE : audience));
            }
            return candidates;
        });
    }

    private Candidate candidate(Row row, Visibility audience) {
        RowVisibility visible = new RowVisibility(row.getString("visibility"), audience);
        boolean timing = visible.readable(ProfileField.timeZone) && visible.readable(ProfileField.availability);
        return new Candidate(row.getUUID("person_id"), row.getString("display_name"),
                ZoneId.of(row.getString("time_zone")), timing ? availability(row.getString("availability")) : Map.of(),
                visible.readable(ProfileField.wantsToLearn)
                        ? Arrays.asList(row.getArrayOfStrings("wants_to_learn")) : List.of(),
                visible.readable(ProfileField.canContribute)
                        ? Arrays.asList(row.getArrayOfStrings("can_contribute")) : List.of());
    }

    private Map<DayOfWeek, List<TimeWindow>> availability(String json) {
        if (json == null) {
            return ProfileDetails.defaultAvailability();
        }
        try {
            return mapper.readValue(json, AVAILABILITY);
        } catch (Exception e) {
            // tolerant reader: one unreadable row must not fail everyone's matches
            LOG.warnf("unreadable availability in the directory, using the default: %s", e.getMessage());
            return ProfileDetails.defaultAvailability();
        }
    }
}
