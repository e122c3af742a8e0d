package org.hlc.award.vote.integrity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hlc.platform.http.InvalidInputException;

/** Flags of an edition with the current status of the votes they cover (status from the vote-status read model). */
@ApplicationScoped
public class FlagQuery {
    private static final String FLAGS = """
            select f.flag_id, f.rule, f.subject_key, f.entry_id, f.window_start, f.window_end, f.threshold,
                   f.flagged_at, count(fv.vote_stream_id) as votes,
                   count(*) filter (where coalesce(lv.status, 'VALID') = 'VALID') as valid_votes,
                   count(*) filter (where lv.status = 'QUARANTINED') as quarantined_votes,
                   count(*) filter (where lv.status = 'INVALID') as invalid_votes
              from integrity_flag f
              join integrity_flag_vote fv on fv.flag_id = f.flag_id
              left join vote_status lv on lv.vote_stream_id = fv.vote_stream_id
             where f.edition_id = $1 and ($2::uuid is null or f.flag_id = $2)
               and (f.flagged_at, f.flag_id) > ($3, $4)
             group by f.flag_id
             order by f.flagged_at, f.flag_id
             limit $5""";
    private static final String VOTES = """
            select iv.vote_stream_id, iv.entry_id, iv.voter_subject, iv.client_network, iv.cast_at,
                   coalesce(lv.status, 'VALID') as status
              from integrity_flag_vote fv
              join integrity_vote iv on iv.vote_stream_id = fv.vote_stream_id
              left join vote_status lv on lv.vote_stream_id = fv.vote_stream_id
             where fv.flag_id = $1
             order by iv.cast_at, iv.vote_stream_id""";

    private final Pool pool;

    public FlagQuery(Pool pool) {
        this.pool = pool;
    }

    /** A raised flag; {@code key} is the clientKey, the network or the entry id, per rule. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Flag(UUID flagId, IntegrityEvent.Rule rule, String key, UUID entryId, Instant windowStart,
            Instant windowEnd, int threshold, Instant flaggedAt, long votes, long validVotes, long quarantinedVotes,
            long invalidVotes, List<FlaggedVoteView> flaggedVotes) {
        Flag withVotes(List<FlaggedVoteView> list) {
            return new Flag(flagId, rule, key, entryId, windowStart, windowEnd, threshold, flaggedAt, votes,
                    validVotes, quarantinedVotes, invalidVotes, list);
        }
    }

    public record FlaggedVoteView(UUID entryId, String voterSubject, String clientNetwork, Instant castAt,
            String status) {
    }

    public static String cursorKey(Flag flag) {
        return flag.flaggedAt() + "|" + flag.flagId();
    }

    public Uni<List<Flag>> page(UUID editionId, Optional<String> after, int fetch) {
        Instant afterTime = Instant.EPOCH;
        UUID afterId = new UUID(0, 0);
        if (after.isPresent()) {
            String[] parts = after.get().split("\\|", 2);
            try {
                afterTime = Instant.parse(parts[0]);
                afterId = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw new InvalidInputException("cursor", "is not a cursor returned by this API");
            }
        }
        return flags(editionId, null, afterTime, afterId, fetch);
    }

    /** One flag with its votes, or empty. */
    public Uni<Optional<Flag>> flag(UUID editionId, UUID flagId) {
        return flags(editionId, flagId, Instant.EPOCH, new UUID(0, 0), 1).flatMap(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(Optional.<Flag>empty());
            }
            return pool.preparedQuery(VOTES).execute(Tuple.of(flagId)).map(rows -> {
                List<FlaggedVoteView> votes = new ArrayList<>();
                for (Row row : rows) {
                    votes.add(new FlaggedVoteView(row.getUUID("entry_id"), row.getString("voter_subject"),
                            row.getString("client_network"), row.getOffsetDateTime("cast_at").toInstant(),
                            row.getString("status")));
                }
                return Optional.of(found.get(0).withVotes(votes));
            });
        });
    }

    private Uni<List<Flag>> flags(UUID editionId, UUID flagId, Instant afterTime, UUID afterId, int fetch) {
        Tuple params = Tuple.of(editionId, flagId, afterTime.atOffset(ZoneOffset.UTC), afterId, fetch);
        return pool.preparedQuery(FLAGS).execute(params).map(rows -> {
            List<Flag> flags = new ArrayList<>();
            for (Row row : rows) {
                flags.add(new Flag(row.getUUID("flag_id"), IntegrityEvent.Rule.valueOf(row.getString("rule")),
                        row.getString("subject_key"), row.getUUID("entry_id"),
                        row.getOffsetDateTime("window_start").toInstant(),
                        row.getOffsetDateTime("window_end").toInstant(), row.getInteger("threshold"),
                        row.getOffsetDateTime("flagged_at").toInstant(), row.getLong("votes"),
                        row.getLong("valid_votes"), row.getLong("quarantined_votes"), row.getLong("invalid_votes"),
                        null));
            }
            return flags;
        });
    }
}
