package org.hlc.award.vote.leaderboard;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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

    public LeaderboardProjection() {
        super("leaderboard", List.of(Topics.AWARD), "leaderboard_vote", "leaderboard_tally");
        pipelineStatements();
        on("VoteCast", this::cast);
        on("VoteQuarantined", (tx, e) -> status(tx, e, "QUARANTINED"));
        on("VoteInvalidated", (tx, e) -> status(tx, e, "INVALID"));
        on("VoteReinstated", (tx, e) -> status(tx, e, "VALID"));
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
