package org.hlc.award.vote.leaderboard;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.hlc.platform.events.Topics;
import org.hlc.platform.projection.ConsumedEvent;
import org.hlc.platform.projection.ProjectionBatch;
import org.hlc.platform.projection.TableProjection;

/**
 * Tallies of valid and excluded votes per entry, from this service's own VoteCast and moderation events. A
 * transaction's casts are counted per entry in memory and written as one upsert of at most one row per entry
 * ({@link TallyBatch}); the runner applies
 * each event once (by log position, or by event id). Each vote's own status lives in the vote-status read model; here
 * only the votes a moderation event touched are remembered ({@code leaderboard_moderated}), to know which column a
 * vote leaves when its status moves.
 */
@ApplicationScoped
public class LeaderboardProjection extends TableProjection {
    private static final String COUNT_CASTS = """
            insert into leaderboard_tally (edition_id, entry_id, category, country, valid_votes, excluded_votes)
            select ed::uuid, en::uuid, cat, ctry, n, 0
              from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[]) as x(ed, en, cat, ctry, n)
            on conflict (edition_id, entry_id) do update set valid_votes = leaderboard_tally.valid_votes
                                                                          + excluded.valid_votes""";
    /** A vote's status moves from what it was (valid if never moderated) to $2, unless this event is not newer. */
    private static final String MODERATE = """
            with prior as (
                select coalesce(m.status, 'VALID') as status, coalesce(m.version, 1) as version
                  from (select 1) one left join leaderboard_moderated m on m.vote_stream_id = $1),
            moved as (
                insert into leaderboard_moderated (vote_stream_id, status, version)
                select $1, $2::text, $3 from prior where prior.version < $3
                on conflict (vote_stream_id) do update set status = excluded.status, version = excluded.version
                returning (select status from prior) as old_status)
            update leaderboard_tally t
               set valid_votes = t.valid_votes + case when $2::text = 'VALID' and moved.old_status <> 'VALID' then 1
                                                      when $2::text <> 'VALID' and moved.old_status = 'VALID' then -1
                                                      else 0 end,
                   excluded_votes = t.excluded_votes + case when $2::text = 'VALID' and moved.old_status <> 'VALID' then -1
                                                            when $2::text <> 'VALID' and moved.old_status = 'VALID' then 1
                                                            else 0 end
              from moved where t.edition_id = $4 and t.entry_id = $5""";

    /** Moves whenever a transaction of this projection committed: cached query results older than it are stale. */
    private final AtomicLong generation = new AtomicLong();

    public long generation() {
        return generation.get();
    }

    @Override
    public void committed() {
        generation.incrementAndGet();
    }

    public LeaderboardProjection() {
        super("leaderboard", List.of(Topics.AWARD), "leaderboard_tally", "leaderboard_moderated");
        skipFlushWait();
        on("VoteCast", (tx, e) -> applyBatch(tx, List.of(e)));
        on("VoteQuarantined", (tx, e) -> moderate(tx, e, "QUARANTINED"));
        on("VoteInvalidated", (tx, e) -> moderate(tx, e, "INVALID"));
        on("VoteReinstated", (tx, e) -> moderate(tx, e, "VALID"));
    }

    /** See {@link TallyBatch}. */
    @Override
    public Uni<Void> applyBatch(SqlConnection tx, List<ConsumedEvent> events) {
        return newBatch().writeAll(tx, events);
    }

    /**
     * Casts are counted per entry as they come, so a batch holds one counter per entry, not its events: a catching-up
     * runner joins many reads into one transaction, which writes each entry's row once.
     */
    @Override
    public TallyBatch newBatch() {
        return new TallyBatch();
    }

    /**
     * Ids as their text: PostgreSQL parses them once per entry and batch, not Java once per vote (measured in a
     * replay: parsing them took half of the leaderboard's time on the event loop).
     */
    private record EntryKey(String edition, String entry) {
    }

    private record EntryCount(String category, String country, long[] votes) {
    }

    /**
     * A transaction's casts as one upsert of at most one row per entry, then its moderation events in order. Tallies
     * only add up, so counting the casts first gives the same totals, and a vote moderated in the transaction that
     * cast it finds its tally row. Only moderation events are held.
     */
    final class TallyBatch implements ProjectionBatch {
        private final Map<EntryKey, EntryCount> counts = new LinkedHashMap<>();
        private final List<ConsumedEvent> moderations = new ArrayList<>();
        private int size;

        @Override
        public void add(ConsumedEvent event) {
            size++;
            if (event.is("VoteCast")) {
                counts.computeIfAbsent(new EntryKey(event.text("editionId"), event.text("entryId")),
                        key -> new EntryCount(event.text("category"), event.text("country"), new long[1]))
                        .votes()[0]++;
            } else {
                moderations.add(event);
            }
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public int retained() {
            return moderations.size();
        }

        @Override
        public Uni<Void> write(SqlConnection tx) {
            List<Uni<Void>> statements = new ArrayList<>(moderations.size() + 1);
            if (!counts.isEmpty()) {
                statements.add(countCasts(tx));
            }
            for (ConsumedEvent event : moderations) {
                statements.add(apply(tx, event));
            }
            return pipelined(statements);
        }

        private Uni<Void> countCasts(SqlConnection tx) {
            List<Map.Entry<EntryKey, EntryCount>> rows = List.copyOf(counts.entrySet());
            String[] editions = rows.stream().map(row -> row.getKey().edition()).toArray(String[]::new);
            String[] entries = rows.stream().map(row -> row.getKey().entry()).toArray(String[]::new);
            String[] categories = rows.stream().map(row -> row.getValue().category()).toArray(String[]::new);
            String[] countries = rows.stream().map(row -> row.getValue().country()).toArray(String[]::new);
            Long[] votes = rows.stream().map(row -> row.getValue().votes()[0]).toArray(Long[]::new);
            return execute(tx, COUNT_CASTS, editions, entries, categories, countries, votes);
        }
    }

    private Uni<Void> moderate(SqlConnection tx, ConsumedEvent event, String status) {
        return execute(tx, MODERATE, event.streamId(), status, event.streamVersion(), event.uuid("editionId"),
                event.uuid("entryId"));
    }
}
