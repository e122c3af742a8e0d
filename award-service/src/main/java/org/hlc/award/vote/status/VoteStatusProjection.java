package org.hlc.award.vote.status;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hlc.platform.events.Topics;
import org.hlc.platform.projection.ConsumedEvent;
import org.hlc.platform.projection.TableProjection;

/**
 * Every vote with its current moderation status (table {@code vote_status}), for the flag review and the vote
 * export. A vote's row is inserted once per stream and its status only moves forward in stream version, so applying
 * an event twice changes nothing.
 */
@ApplicationScoped
public class VoteStatusProjection extends TableProjection {
    /** VoteCast events, one or many, in one statement. */
    private static final String CASTS = """
            insert into vote_status (vote_stream_id, edition_id, entry_id, voter_subject, client_network, cast_at,
                                     status, version)
            select s, ed, en, v, net, at, 'VALID', ver
              from unnest($1::text[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::timestamptz[],
                          $7::bigint[]) as x(s, ed, en, v, net, at, ver)
            on conflict (vote_stream_id) do nothing""";
    private static final String STATUS = """
            update vote_status set status = $2, version = $3 where vote_stream_id = $1 and version < $3""";

    public VoteStatusProjection() {
        super("vote-status", List.of(Topics.AWARD), "vote_status");
        skipFlushWait();
        linger(Duration.ofMillis(100)); // read by the flag review and the exports, not by the millisecond
        on("VoteCast", (tx, e) -> casts(tx, List.of(e)));
        on("VoteQuarantined", (tx, e) -> status(tx, e, "QUARANTINED"));
        on("VoteInvalidated", (tx, e) -> status(tx, e, "INVALID"));
        on("VoteReinstated", (tx, e) -> status(tx, e, "VALID"));
    }

    @Override
    public boolean idempotent() {
        return true;
    }

    /**
     * Runs of consecutive VoteCast events go out as one multi-row statement; moderation events keep their own
     * statement, in order (a vote's moderation always follows its cast on the same partition).
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
        return pipelined(statements);
    }

    private void flushCasts(SqlConnection tx, List<ConsumedEvent> casts, List<Uni<Void>> statements) {
        if (!casts.isEmpty()) {
            statements.add(casts(tx, casts)); // its parameters are bound here, before the list is cleared
            casts.clear();
        }
    }

    private Uni<Void> casts(SqlConnection tx, List<ConsumedEvent> casts) {
        String[] streams = casts.stream().map(ConsumedEvent::streamId).toArray(String[]::new);
        UUID[] editions = casts.stream().map(event -> event.uuid("editionId")).toArray(UUID[]::new);
        UUID[] entries = casts.stream().map(event -> event.uuid("entryId")).toArray(UUID[]::new);
        String[] voters = casts.stream().map(event -> event.text("voterSubject")).toArray(String[]::new);
        String[] networks = casts.stream().map(event -> event.text("clientNetwork")).toArray(String[]::new);
        OffsetDateTime[] castAts = casts.stream().map(VoteStatusProjection::castAt).toArray(OffsetDateTime[]::new);
        Long[] versions = casts.stream().map(ConsumedEvent::streamVersion).toArray(Long[]::new);
        return execute(tx, CASTS, streams, editions, entries, voters, networks, castAts, versions);
    }

    private static OffsetDateTime castAt(ConsumedEvent event) {
        return Instant.parse(event.text("castAt")).atOffset(ZoneOffset.UTC);
    }

    private Uni<Void> status(SqlConnection tx, ConsumedEvent event, String status) {
        return execute(tx, STATUS, event.streamId(), status, event.streamVersion());
    }
}
