package org.hlc.award.vote.integrity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hlc.award.vote.integrity.IntegrityEvent.FlaggedVote;
import org.hlc.award.vote.integrity.IntegrityEvent.Rule;
import org.hlc.award.vote.integrity.IntegrityEvent.VotesFlagged;
import org.hlc.platform.eventstore.AppendRequest;
import org.hlc.platform.eventstore.EventMetadata;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.eventstore.ExpectedVersion;
import org.hlc.platform.events.Topics;
import org.hlc.platform.projection.ConsumedEvent;
import org.hlc.platform.projection.TableProjection;

/**
 * Watches VoteCast events for suspicious patterns (see {@link Rule}, thresholds in {@link IntegritySettings}) and
 * raises a flag as a VotesFlagged event, appended in the projection's own transaction: the flag row, the event and
 * the consumer offsets commit together. Idempotent under redelivery: a vote already seen is ignored, a flag already
 * raised (same edition, rule, key and time bucket) is only extended in the read model, and an event already in the
 * log (e.g. during a rebuild) is not appended again.
 */
@Singleton // not proxied: TableProjection has no no-args constructor
public class VoteIntegrityProjection extends TableProjection {
    static final String STREAM_TYPE = "flag";
    private static final String ACTOR = "award-service/vote-integrity";
    private static final String INSERT_VOTE = """
            insert into integrity_vote (vote_stream_id, edition_id, entry_id, voter_subject, client_key,
                                        client_network, cast_at)
            values ($1, $2, $3, $4, $5, $6, $7) on conflict (vote_stream_id) do nothing""";
    private static final String INSERT_FLAG = """
            insert into integrity_flag (flag_id, edition_id, rule, subject_key, entry_id, window_start, window_end,
                                        threshold, flagged_at)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict (flag_id) do nothing""";

    /** A flag of the same rule and key whose votes reach into the current window. */
    private static final String ONGOING = """
            select flag_id from integrity_flag where edition_id = $1 and rule = $2 and subject_key = $3
               and window_end > $4 order by flagged_at desc limit 1""";

    private final EventStore store;
    private final IntegritySettings settings;

    public VoteIntegrityProjection(EventStore store, IntegritySettings settings) {
        super("vote-integrity", List.of(Topics.AWARD), "integrity_vote", "integrity_flag", "integrity_flag_vote");
        this.store = store;
        this.settings = settings;
        on("VoteCast", this::cast);
    }

    public static String streamId(UUID flagId) {
        return "flag-" + flagId;
    }

    /** Which votes a rule looks at: {@code $1} edition, {@code $2} key, {@code $3}..{@code $4] the window. */
    static String match(Rule rule) {
        return switch (rule) {
            case CLIENT_ADDRESS_BURST -> "v.client_key = $2";
            case NETWORK_BURST -> "v.client_network = $2";
            case NEW_VOTER_SURGE -> """
                    v.entry_id = cast($2::text as uuid) and not exists (select 1 from integrity_vote o
                     where o.edition_id = v.edition_id and o.voter_subject = v.voter_subject and o.cast_at <= $3)""";
        };
    }

    private static String inWindow(Rule rule) {
        return " from integrity_vote v where v.edition_id = $1 and v.cast_at > $3 and v.cast_at <= $4 and "
                + match(rule);
    }

    private int threshold(Rule rule) {
        return switch (rule) {
            case CLIENT_ADDRESS_BURST -> settings.addressBurstVotes();
            case NETWORK_BURST -> settings.networkBurstVotes();
            case NEW_VOTER_SURGE -> settings.newVoterSurgeVotes();
        };
    }

    private Duration window(Rule rule) {
        return switch (rule) {
            case CLIENT_ADDRESS_BURST -> settings.addressBurstWindow();
            case NETWORK_BURST -> settings.networkBurstWindow();
            case NEW_VOTER_SURGE -> settings.newVoterSurgeWindow();
        };
    }

    private Uni<Void> cast(SqlConnection tx, ConsumedEvent event) {
        UUID edition = event.uuid("editionId");
        String clientKey = event.text("clientKey");
        String network = event.text("clientNetwork");
        Instant castAt = Instant.parse(event.text("castAt"));
        Tuple vote = tuple(event.streamId(), edition, event.uuid("entryId"), event.text("voterSubject"),
                clientKey, network, utc(castAt));
        return tx.preparedQuery(INSERT_VOTE).execute(vote).flatMap(rows -> {
            if (rows.rowCount() == 0) {
                return Uni.createFrom().voidItem(); // seen before: redelivery or a copy
            }
            Uni<Void> checks = Uni.createFrom().voidItem();
            if (clientKey != null) {
                checks = checks.chain(() -> check(tx, event, Rule.CLIENT_ADDRESS_BURST, edition, clientKey, castAt));
            }
            if (network != null && !network.equals("unknown")) {
                checks = checks.chain(() -> check(tx, event, Rule.NETWORK_BURST, edition, network, castAt));
            }
            String entry = event.text("entryId");
            return checks.chain(() -> check(tx, event, Rule.NEW_VOTER_SURGE, edition, entry, castAt));
        });
    }

    private Uni<Void> check(SqlConnection tx, ConsumedEvent event, Rule rule, UUID edition, String key,
            Instant castAt) {
        Duration window = window(rule);
        Instant from = castAt.minus(window);
        Tuple params = tuple(edition, key, utc(from), utc(castAt));
        return tx.preparedQuery("select count(*)" + inWindow(rule)).execute(params).flatMap(rows -> {
            long count = rows.iterator().next().getLong(0);
            int threshold = threshold(rule);
            if (count < threshold) {
                return Uni.createFrom().voidItem();
            }
            Tuple ongoing = tuple(edition, rule.name(), key, utc(from));
            return tx.preparedQuery(ONGOING).execute(ongoing).flatMap(found -> {
                if (found.rowCount() > 0) { // the burst goes on: the open flag covers this vote too
                    UUID flagId = found.iterator().next().getUUID("flag_id");
                    return tx.preparedQuery("update integrity_flag set window_end = greatest(window_end, $2) "
                            + "where flag_id = $1").execute(tuple(flagId, utc(castAt)))
                            .chain(() -> attach(tx, rule, flagId, params));
                }
                long bucket = Math.floorDiv(castAt.toEpochMilli(), window.toMillis());
                UUID flagId = UUID.nameUUIDFromBytes((edition + "|" + rule + "|" + key + "|" + bucket)
                        .getBytes(StandardCharsets.UTF_8));
                UUID entryId = rule == Rule.NEW_VOTER_SURGE ? UUID.fromString(key) : null;
                Tuple flag = tuple(flagId, edition, rule.name(), key, entryId, utc(from), utc(castAt), threshold,
                        utc(castAt));
                return tx.preparedQuery(INSERT_FLAG).execute(flag).flatMap(inserted -> attach(tx, rule, flagId,
                        params).chain(() -> inserted.rowCount() == 0 ? Uni.createFrom().voidItem()
                                : raise(tx, event, flagId, rule, edition, key, entryId, from, castAt, threshold,
                                        params)));
            });
        });
    }

    /** Adds the votes of the window to the flag's votes (read model only). */
    private static Uni<Void> attach(SqlConnection tx, Rule rule, UUID flagId, Tuple windowParams) {
        Tuple params = tuple(windowParams.getValue(0), windowParams.getValue(1), windowParams.getValue(2),
                windowParams.getValue(3), flagId);
        return tx.preparedQuery("insert into integrity_flag_vote (flag_id, vote_stream_id) select $5, v.vote_stream_id"
                + inWindow(rule) + " on conflict do nothing").execute(params).replaceWithVoid();
    }

    private Uni<Void> raise(SqlConnection tx, ConsumedEvent cause, UUID flagId, Rule rule, UUID edition, String key,
            UUID entryId, Instant from, Instant to, int threshold, Tuple windowParams) {
        String votesSql = "select v.entry_id, v.voter_subject, v.cast_at, count(*) over () as total" + inWindow(rule)
                + " order by v.cast_at, v.vote_stream_id limit " + settings.maxVotesPerEvent();
        return tx.preparedQuery(votesSql).execute(windowParams).flatMap(rows -> {
            List<FlaggedVote> votes = new ArrayList<>();
            int total = 0;
            for (Row row : rows) {
                votes.add(new FlaggedVote(row.getUUID("entry_id"), row.getString("voter_subject"),
                        row.getOffsetDateTime("cast_at").toInstant()));
                total = (int) row.getLong("total").longValue();
            }
            VotesFlagged flagged = new VotesFlagged(flagId, edition, rule, key, entryId, from, to, threshold, total,
                    List.copyOf(votes), to);
            String stream = streamId(flagId);
            return tx.preparedQuery("select 1 from hlc_events where stream_id = $1 limit 1").execute(Tuple.of(stream))
                    .flatMap(existing -> existing.rowCount() > 0 ? Uni.createFrom().voidItem()
                            : store.appendIn(tx, List.of(new AppendRequest(stream, STREAM_TYPE,
                                    ExpectedVersion.noStream(), List.of(flagged))),
                                    new EventMetadata(cause.correlationId(), cause.eventId(), ACTOR))
                                    .replaceWithVoid());
        });
    }

    private static Tuple tuple(Object... values) {
        return Tuple.from(java.util.Arrays.asList(values));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
