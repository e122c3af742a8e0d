package org.hlc.award.vote.leaderboard;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final long MAX_AGE_NANOS = java.time.Duration.ofMillis(500).toNanos();
    private static final int MAX_CACHED = 1_000;

    private final Pool pool;
    private final LeaderboardProjection projection;
    /**
     * Query results by their parameters, valid while the projection has committed nothing since they were read:
     * under a vote load the leaderboard is read far more often than the tallies change, and a read served from here
     * costs no round trip to the database.
     */
    private final ConcurrentHashMap<List<Object>, Cached> cache = new ConcurrentHashMap<>();
    /** The one query per key that is bringing a stale result up to date; readers share it. */
    private final ConcurrentHashMap<List<Object>, Uni<Object>> refreshing = new ConcurrentHashMap<>();

    private record Cached(long generation, long readAtNanos, Object value) {
    }

    public LeaderboardQuery(Pool pool, LeaderboardProjection projection) {
        this.pool = pool;
        this.projection = projection;
    }

    /**
     * The result for the key: cached while the projection has committed nothing since it was read. Once it has, one
     * query refreshes the result; until that query returns, readers get the previous result (younger than
     * {@link #MAX_AGE_NANOS}, i.e. at most one commit and one query behind) instead of each waiting for the
     * database. Under a vote load the projection commits every few milliseconds, so without this nearly every read
     * would wait for a query queued behind the load.
     */
    @SuppressWarnings("unchecked")
    private <T> Uni<T> cached(List<Object> key, java.util.function.Supplier<Uni<T>> query) {
        long generation = projection.generation();
        long now = System.nanoTime();
        Cached hit = cache.get(key);
        boolean recent = hit != null && now - hit.readAtNanos() < MAX_AGE_NANOS;
        if (recent && hit.generation() == generation) {
            return Uni.createFrom().item((T) hit.value());
        }
        Uni<Object> refresh = refreshing.computeIfAbsent(key, missing -> {
            long readAt = System.nanoTime();
            return query.get().map(value -> (Object) value).invoke(value -> {
                if (cache.size() >= MAX_CACHED) {
                    cache.clear();
                }
                cache.put(missing, new Cached(generation, readAt, value));
            }).onTermination().invoke(() -> refreshing.remove(missing)).memoize().indefinitely();
        });
        if (recent) {
            refresh.subscribe().with(ignored -> { }, failure -> { }); // the reader that failed retries next time
            return Uni.createFrom().item((T) hit.value());
        }
        return refresh.map(value -> (T) value);
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
        return cached(key, () -> pool.preparedQuery(RANKED).execute(Tuple.from(values)).map(rows -> {
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
        return cached(List.of("totals", editionId, by), () -> pool.preparedQuery(TOTALS.formatted(column, column))
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
