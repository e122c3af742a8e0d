package org.hlc.award.vote.leaderboard;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.hlc.platform.events.Topics;
import org.hlc.platform.projection.ConsumedEvent;
import org.hlc.platform.projection.TableProjection;

/**
 * Tallies of valid votes per entry, from this service's own VoteCast and moderation events. Every change to a tally
 * is derived from a change of the vote's row (inserted, or its status moved), so applying an event twice moves
 * nothing the second time, on top of the runner's event-id deduplication.
 */
@ApplicationScoped
public class LeaderboardProjection extends TableProjection {
    private static final String CAST = """
            with inserted as (
                insert into leaderboard_vote (vote_stream_id, edition_id, entry_id, voter_subject, client_network,
                                              cast_at, status, version)
                values ($1, $2, $3, $4, $5, $6, 'VALID', $7) on conflict (vote_stream_id) do nothing
                returning edition_id, entry_id)
            insert into leaderboard_tally (edition_id, entry_id, category, country, valid_votes, excluded_votes)
            select edition_id, entry_id, $8, $9, 1, 0 from inserted
            on conflict (edition_id, entry_id) do update set valid_votes = leaderboard_tally.valid_votes + 1""";
    /** Many VoteCast events in one statement: votes inserted once each, tallies moved by one upsert per entry. */
    private static final String CAST_MANY = """
            with batch as (
                select distinct on (s) s, ed, en, v, net, at, ver, cat, ctry
                  from unnest($1::text[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::timestamptz[],
                              $7::bigint[], $8::text[], $9::text[]) as x(s, ed, en, v, net, at, ver, cat, ctry)),
            inserted as (
                insert into leaderboard_vote (vote_stream_id, edition_id, entry_id, voter_subject, client_network,
                                              cast_at, status, version)
                select s, ed, en, v, net, at, 'VALID', ver from batch on conflict (vote_stream_id) do nothing
                returning vote_stream_id)
            insert into leaderboard_tally (edition_id, entry_id, category, country, valid_votes, excluded_votes)
            select b.ed, b.en, min(b.cat), min(b.ctry), count(*), 0
              from inserted i join batch b on b.s = i.vote_stream_id
             group by b.ed, b.en
            on conflict (edition_id, entry_id) do update set valid_votes = leaderboard_tally.valid_votes
                                                                          + excluded.valid_votes""";
    private static final String STATUS = """
            with old as (
                select vote_stream_id, edition_id, entry_id, status from leaderboard_vote
                 where vote_stream_id = $1 and version < $3 for update),
            changed as (
                update leaderboard_vote v set status = $2::text, version = $3 from old
                 where v.vote_stream_id = old.vote_stream_id
                returning old.edition_id, old.entry_id, old.status as old_status)
            update leaderboard_tally t
               set valid_votes = t.valid_votes + case when $2::text = 'VALID' and changed.old_status <> 'VALID' then 1
                                                      when $2::text <> 'VALID' and changed.old_status = 'VALID' then -1
                                                      else 0 end,
                   excluded_votes = t.excluded_votes + case when $2::text = 'VALID' and changed.old_status <> 'VALID' then -1
                                                            when $2::text <> 'VALID' and changed.old_status = 'VALID' then 1
                                                            else 0 end
              from changed where t.edition_id = changed.edition_id and t.entry_id = changed.entry_id""";

    /** Moves whenever a transaction of this projection committed: cached query results older than it are stale. */
    private final AtomicLong generation = new AtomicLong();

    public long generation() {
        return generation.get();
    }

    /** A vote row is inserted once per stream and its status moves only forward in version: see the class doc. */
    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public void committed() {
        generation.incrementAndGet();
    }

    public LeaderboardProjection() {
        super("leaderboard", List.of(Topics.AWARD), "leaderboard_vote", "leaderboard_tally");
        pipelineStatements();
        on("VoteCast", this::cast);
        on("VoteQuarantined", (tx, e) -> status(tx, e, "QUARANTINED"));
        on("VoteInvalidated", (tx, e) -> status(tx, e, "INVALID"));
        on("VoteReinstated", (tx, e) -> status(tx, e, "VALID"));
    }

    /**
     * Runs of consecutive VoteCast events go out as one multi-row statement; moderation events keep their own
     * statement, in order (a vote's moderation always follows its cast on the same partition). Statements are
     * pipelined on the transaction's connection, which runs them in the order sent.
     */
    @Override
    public Uni<Void> applyBatch(SqlConnection tx, List<ConsumedEvent> events) {
        List<Uni<Void>> statements = new ArrayList<>();
        List<ConsumedEvent> casts = new ArrayList<>();
        for (ConsumedEvent event : events) {
            if (event.is("VoteCast")) {
                casts.add(event);
                continue;
            }
            flushCasts(tx, casts, statements);
            statements.add(apply(tx, event));
        }
        flushCasts(tx, casts, statements);
        return statements.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.join().all(statements).andFailFast().replaceWithVoid();
    }

    private void flushCasts(SqlConnection tx, List<ConsumedEvent> casts, List<Uni<Void>> statements) {
        if (casts.isEmpty()) {
            return;
        }
        if (casts.size() == 1) {
            statements.add(cast(tx, casts.get(0)));
            casts.clear();
            return;
        }
        int n = casts.size();
        String[] streams = new String[n];
        UUID[] editions = new UUID[n];
        UUID[] entries = new UUID[n];
        String[] voters = new String[n];
        String[] networks = new String[n];
        OffsetDateTime[] castAts = new OffsetDateTime[n];
        Long[] versions = new Long[n];
        String[] categories = new String[n];
        String[] countries = new String[n];
        for (int i = 0; i < n; i++) {
            ConsumedEvent event = casts.get(i);
            streams[i] = event.streamId();
            editions[i] = event.uuid("editionId");
            entries[i] = event.uuid("entryId");
            voters[i] = event.text("voterSubject");
            networks[i] = event.text("clientNetwork");
            castAts[i] = Instant.parse(event.text("castAt")).atOffset(ZoneOffset.UTC);
            versions[i] = event.streamVersion();
            categories[i] = event.text("category");
            countries[i] = event.text("country");
        }
        casts.clear();
        statements.add(execute(tx, CAST_MANY, streams, editions, entries, voters, networks, castAts, versions,
                categories, countries));
    }

    private Uni<Void> cast(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, CAST, event.streamId(), event.uuid("editionId"), event.uuid("entryId"),
                event.text("voterSubject"), event.text("clientNetwork"),
                Instant.parse(event.text("castAt")).atOffset(ZoneOffset.UTC), event.streamVersion(),
                event.text("category"), event.text("country"));
    }

    private Uni<Void> status(SqlConnection tx, ConsumedEvent event, String status) {
        return execute(tx, STATUS, event.streamId(), status, event.streamVersion());
    }
}
