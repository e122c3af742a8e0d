package org.hlc.award.vote.leaderboard;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hlc.award.support.CommitAwareCache;
import org.hlc.platform.http.InvalidInputException;

@ApplicationScoped
public class LeaderboardQuery {
    private static final String RANKED = """
            select t.entry_id, e.title, t.country, t.category, t.valid_votes, t.excluded_votes
              from leaderboard_tally t left join award_entry e on e.entry_id = t.entry_id
             where t.edition_id = $1
               and ($2::text is null or t.country = $2)
               and ($3::text is null or t.category = $3)
               and (t.valid_votes < $4 or (t.valid_votes = $4 and t.entry_id > $5))
             order by t.valid_votes desc, t.entry_id
             limit $6""";
    private static final String TOTALS = """
            select %s as key, sum(valid_votes) as valid_votes, count(*) as entries
              from leaderboard_tally where edition_id = $1 group by %s order by valid_votes desc, key""";

    public enum Grouping {
        country, category
    }

    /** Bounds the staleness of a cached result when the tables change without this instance's projection. */
    private static final Duration MAX_AGE = Duration.ofMillis(500);
    private static final int MAX_CACHED = 1_000;

    private final Pool pool;
    /**
     * Query results by their parameters: under a vote load the leaderboard is read far more often than the tallies
     * change, and a read served from here costs no round trip to the database.
     */
    private final CommitAwareCache<List<Object>> cache;

    public LeaderboardQuery(Pool pool, LeaderboardProjection projection) {
        this.pool = pool;
        this.cache = new CommitAwareCache<>(projection::generation, MAX_AGE, MAX_CACHED);
    }

    public static String cursorKey(LeaderboardRow row) {
        return row.validVotes() + "|" + row.entryId();
    }

    public Uni<List<LeaderboardRow>> ranked(UUID editionId, String country, String category, Optional<String> after,
            int fetch, boolean withExcluded) {
        long afterVotes = Long.MAX_VALUE;
        UUID afterId = new UUID(0, 0);
        if (after.isPresent()) {
            String[] parts = after.get().split("\\|", 2);
            try {
                afterVotes = Long.parseLong(parts[0]);
                afterId = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw new InvalidInputException("cursor", "is not a cursor returned by this API");
            }
        }
        List<Object> values = Arrays.asList(editionId, country, category == null || category.isBlank() ? null
                : category.strip(), afterVotes, afterId, fetch);
        List<Object> key = Arrays.asList("ranked", editionId, country, values.get(2), afterVotes, afterId, fetch,
                withExcluded);
        return cache.get(key, () -> pool.preparedQuery(RANKED).execute(Tuple.from(values)).map(rows -> {
            List<LeaderboardRow> result = new ArrayList<>();
            for (Row row : rows) {
                result.add(new LeaderboardRow(row.getUUID("entry_id"), row.getString("title"),
                        row.getString("country"), row.getString("category"), row.getLong("valid_votes"),
                        withExcluded ? row.getLong("excluded_votes") : null));
            }
            return List.copyOf(result);
        }));
    }

    public Uni<List<LeaderboardTotal>> totals(UUID editionId, Grouping by) {
        String column = by.name();
        return cache.get(List.of("totals", editionId, by), () -> pool.preparedQuery(TOTALS.formatted(column, column))
                .execute(Tuple.of(editionId)).map(rows -> {
                    List<LeaderboardTotal> result = new ArrayList<>();
                    for (Row row : rows) {
                        result.add(new LeaderboardTotal(row.getString("key"), row.getLong("valid_votes"),
                                row.getLong("entries")));
                    }
                    return List.copyOf(result);
                }));
    }
}
