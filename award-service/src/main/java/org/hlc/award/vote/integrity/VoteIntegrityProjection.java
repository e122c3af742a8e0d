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
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * the consumer offsets commit together.
 *
 * <p>A batch costs a fixed number of statements whatever its size: votes and each voter's first vote are written
 * set-wise, each rule counts votes per key in time slots of a tenth of its window ({@link WindowSlots}), and every
 * slot the batch touched is checked by summing the ten slots of the window ending in it. Open flags are extended
 * set-wise; only a new flag reads the votes of its window. Idempotent under redelivery: a vote already seen counts
 * nothing, a flag already raised (same edition, rule, key and window-length bucket) is only extended, and an event
 * already in the log (e.g. during a rebuild) is not appended again.
 */
@Singleton // not proxied: TableProjection has no no-args constructor
public class VoteIntegrityProjection extends TableProjection {
    static final String STREAM_TYPE = "flag";
    private static final String ACTOR = "award-service/vote-integrity";

    /**
     * Records each voter's earliest vote and returns the earliest stored before this batch (the statement's snapshot:
     * null for a new voter). A returning voter's row is only rewritten when the batch holds an earlier vote. The
     * lookups are correlated subqueries so that each is one index probe: as a join, the plan cached while the table
     * was small scanned it whole for every batch.
     */
    private static final String FIRST_VOTES = """
            with recorded as (
                insert into integrity_voter (edition_id, voter_subject, first_cast_at)
                select * from unnest($1::uuid[], $2::text[], $3::timestamptz[])
                on conflict (edition_id, voter_subject) do update set first_cast_at = excluded.first_cast_at
                 where excluded.first_cast_at < integrity_voter.first_cast_at)
            select x.i, (select v.first_cast_at from integrity_voter v
                          where v.edition_id = x.edition_id and v.voter_subject = x.voter_subject) as first_cast_at
              from unnest($1::uuid[], $2::text[]) with ordinality as x(edition_id, voter_subject, i)""";
    private static final String INSERT_VOTES = """
            insert into integrity_vote (vote_stream_id, edition_id, entry_id, voter_subject, client_key,
                                        client_network, cast_at, new_voter)
            select * from unnest($1::text[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[],
                                 $7::timestamptz[], $8::boolean[])
            on conflict (vote_stream_id) do nothing returning vote_stream_id""";
    /**
     * Adds the batch's votes to their slots ($1..$5) and sums, per group, the window's slots ($6 = first slot) as they
     * were before this batch (one snapshot for the whole statement; null: none): the batch's own votes are added in
     * memory. Each sum is a correlated subquery, one index range scan (see FIRST_VOTES).
     */
    private static final String COUNT_AND_SUM_WINDOWS = """
            with counted as (
                insert into integrity_count (edition_id, rule, subject_key, slot, votes)
                select * from unnest($1::uuid[], $2::text[], $3::text[], $4::bigint[], $5::int[])
                on conflict (edition_id, rule, subject_key, slot)
                do update set votes = integrity_count.votes + excluded.votes)
            select x.i, (select sum(c.votes) from integrity_count c
                          where c.edition_id = x.edition_id and c.rule = x.rule and c.subject_key = x.subject_key
                            and c.slot between x.first_slot and x.last_slot) as votes
              from unnest($1::uuid[], $2::text[], $3::text[], $6::bigint[], $4::bigint[])
                   with ordinality as x(edition_id, rule, subject_key, first_slot, last_slot, i)""";
    private static final String INSERT_FLAG = """
            insert into integrity_flag (flag_id, edition_id, rule, subject_key, entry_id, window_start, window_end,
                                        threshold, flagged_at)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict (flag_id) do nothing""";
    private static final String ATTACH_VOTES = """
            insert into integrity_flag_vote (flag_id, vote_stream_id) select * from unnest($1::uuid[], $2::text[])
            on conflict do nothing""";
    private static final String EXTEND_FLAGS = """
            update integrity_flag f set window_end = greatest(f.window_end, x.until)
              from (select flag_id, max(until) as until from unnest($1::uuid[], $2::timestamptz[]) as u(flag_id, until)
                     group by flag_id) x
             where f.flag_id = x.flag_id""";
    /** Per group: the latest flag of its rule and key whose votes reach into the group's window. */
    private static final String OPEN_FLAGS = """
            select x.i, f.flag_id
              from unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[])
                   with ordinality as x(edition_id, rule, subject_key, window_start, i)
             cross join lateral (select flag_id from integrity_flag f
                                  where f.edition_id = x.edition_id and f.rule = x.rule
                                    and f.subject_key = x.subject_key and f.window_end > x.window_start
                                  order by f.flagged_at desc limit 1) f""";

    private final EventStore store;
    private final IntegritySettings settings;

    public VoteIntegrityProjection(EventStore store, IntegritySettings settings) {
        super("vote-integrity", List.of(Topics.AWARD), "integrity_vote", "integrity_voter", "integrity_count",
                "integrity_flag", "integrity_flag_vote");
        this.store = store;
        this.settings = settings;
        // Commits wait for the WAL flush, unlike the other read models of votes: without the wait the vote load
        // measured slower (docs/benchmarks.md, eighth session; weak evidence), likely because its batches got
        // smaller and each batch costs 4-7 statements.
        on("VoteCast", (tx, event) -> applyBatch(tx, List.of(event)));
        // flags cover minutes of votes and are reviewed by people: let votes gather between reads of the log
        linger(Duration.ofMillis(100));
    }

    public static String streamId(UUID flagId) {
        return "flag-" + flagId;
    }

    /** A vote as the rules see it; {@code newVoter}: the voter's first vote of the edition is within the surge window. */
    private record Cast(ConsumedEvent event, String streamId, UUID edition, UUID entry, String voter,
            String clientKey, String network, Instant castAt, boolean newVoter) {
        static Cast of(ConsumedEvent event) {
            return new Cast(event, event.streamId(), event.uuid("editionId"), event.uuid("entryId"),
                    event.text("voterSubject"), event.text("clientKey"), event.text("clientNetwork"),
                    Instant.parse(event.text("castAt")), false);
        }

        String voterKey() {
            return edition + "|" + voter;
        }

        Cast newVoter(boolean value) {
            return new Cast(event, streamId, edition, entry, voter, clientKey, network, castAt, value);
        }

        /** The key each rule counts this vote under, or null when the rule does not apply to it. */
        String key(Rule rule) {
            return switch (rule) {
                case CLIENT_ADDRESS_BURST -> clientKey;
                case NETWORK_BURST -> network == null || network.equals("unknown") ? null : network;
                case NEW_VOTER_SURGE -> newVoter ? entry.toString() : null;
            };
        }
    }

    private record RuleKey(UUID edition, Rule rule, String key) {
    }

    private record SlotKey(RuleKey ruleKey, long slot) {
    }

    /** The batch's new votes under one rule and key in one time slot. */
    private static final class Group {
        final RuleKey ruleKey;
        final long slot;
        final List<Cast> votes = new ArrayList<>();
        Cast newest;

        Group(RuleKey ruleKey, long slot) {
            this.ruleKey = ruleKey;
            this.slot = slot;
        }

        void add(Cast cast) {
            votes.add(cast);
            if (newest == null || cast.castAt().isAfter(newest.castAt())) {
                newest = cast;
            }
        }
    }

    @Override
    public Uni<Void> applyBatch(SqlConnection tx, List<ConsumedEvent> events) {
        Map<String, Cast> byStream = new LinkedHashMap<>();
        for (ConsumedEvent event : events) {
            if (event.is("VoteCast")) {
                byStream.putIfAbsent(event.streamId(), Cast.of(event)); // one vote per stream
            }
        }
        if (byStream.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Cast> casts = List.copyOf(byStream.values());
        return firstVotes(tx, casts)
                .flatMap(first -> insertVotes(tx, casts, first))
                .flatMap(fresh -> fresh.isEmpty() ? Uni.createFrom().voidItem() : count(tx, fresh)
                        .flatMap(over -> flagEach(tx, over)));
    }

    /** Records each voter's earliest vote of the edition; returns it per voter of the batch. */
    private Uni<Map<String, Instant>> firstVotes(SqlConnection tx, List<Cast> casts) {
        Map<String, Cast> earliest = new LinkedHashMap<>();
        for (Cast cast : casts) {
            earliest.merge(cast.voterKey(), cast, (a, b) -> b.castAt().isBefore(a.castAt()) ? b : a);
        }
        List<Cast> voters = List.copyOf(earliest.values());
        Tuple params = Tuple.of(voters.stream().map(Cast::edition).toArray(UUID[]::new),
                voters.stream().map(Cast::voter).toArray(String[]::new),
                voters.stream().map(cast -> utc(cast.castAt())).toArray(OffsetDateTime[]::new));
        return tx.preparedQuery(FIRST_VOTES).execute(params).map(rows -> {
            Map<String, Instant> first = new HashMap<>();
            for (Cast voter : voters) {
                first.put(voter.voterKey(), voter.castAt());
            }
            for (Row row : rows) {
                OffsetDateTime stored = row.getOffsetDateTime("first_cast_at");
                if (stored != null) {
                    first.merge(voters.get((int) (row.getLong("i") - 1)).voterKey(), stored.toInstant(),
                            (inBatch, before) -> before.isBefore(inBatch) ? before : inBatch);
                }
            }
            return first;
        });
    }

    /** Inserts the votes not seen before and returns them. */
    private Uni<List<Cast>> insertVotes(SqlConnection tx, List<Cast> casts, Map<String, Instant> firstVotes) {
        Duration surge = settings.newVoterSurgeWindow();
        List<Cast> votes = casts.stream()
                .map(cast -> cast.newVoter(firstVotes.get(cast.voterKey()).isAfter(cast.castAt().minus(surge))))
                .toList();
        Tuple params = tuple(votes.stream().map(Cast::streamId).toArray(String[]::new),
                votes.stream().map(Cast::edition).toArray(UUID[]::new),
                votes.stream().map(Cast::entry).toArray(UUID[]::new),
                votes.stream().map(Cast::voter).toArray(String[]::new),
                votes.stream().map(Cast::clientKey).toArray(String[]::new),
                votes.stream().map(Cast::network).toArray(String[]::new),
                votes.stream().map(cast -> utc(cast.castAt())).toArray(OffsetDateTime[]::new),
                votes.stream().map(Cast::newVoter).toArray(Boolean[]::new));
        return tx.preparedQuery(INSERT_VOTES).execute(params).map(rows -> {
            Set<String> inserted = new HashSet<>();
            rows.forEach(row -> inserted.add(row.getString(0)));
            return votes.stream().filter(vote -> inserted.contains(vote.streamId())).toList();
        });
    }

    /**
     * Adds the new votes to their slots and returns, oldest first, the groups whose window (ending at their slot) has
     * reached the rule's threshold. Every slot the batch touched is checked, so a burst inside a long catch-up batch
     * is found too.
     */
    private Uni<List<Group>> count(SqlConnection tx, List<Cast> fresh) {
        Map<SlotKey, Group> groups = new LinkedHashMap<>();
        for (Cast cast : fresh) {
            for (Rule rule : Rule.values()) {
                String key = cast.key(rule);
                if (key != null) {
                    RuleKey ruleKey = new RuleKey(cast.edition(), rule, key);
                    long slot = slots(rule).slotOf(cast.castAt());
                    groups.computeIfAbsent(new SlotKey(ruleKey, slot), ignored -> new Group(ruleKey, slot)).add(cast);
                }
            }
        }
        if (groups.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Group> checked = List.copyOf(groups.values());
        UUID[] editions = checked.stream().map(group -> group.ruleKey.edition()).toArray(UUID[]::new);
        String[] rules = checked.stream().map(group -> group.ruleKey.rule().name()).toArray(String[]::new);
        String[] keys = checked.stream().map(group -> group.ruleKey.key()).toArray(String[]::new);
        Long[] lastSlots = checked.stream().map(group -> group.slot).toArray(Long[]::new);
        Long[] firstSlots = checked.stream().map(group -> WindowSlots.firstSlotOfWindowEndingIn(group.slot))
                .toArray(Long[]::new);
        Tuple params = tuple(editions, rules, keys, lastSlots,
                checked.stream().map(group -> group.votes.size()).toArray(Integer[]::new), firstSlots);
        return tx.preparedQuery(COUNT_AND_SUM_WINDOWS).execute(params).map(rows -> {
            long[] totals = new long[checked.size()];
            for (Row row : rows) {
                Long stored = row.getLong("votes");
                totals[(int) (row.getLong("i") - 1)] = stored == null ? 0 : stored;
            }
            List<Group> over = new ArrayList<>();
            for (int i = 0; i < checked.size(); i++) {
                Group group = checked.get(i);
                if (totals[i] + votesOfBatchInWindow(groups, group) >= threshold(group.ruleKey.rule())) {
                    over.add(group);
                }
            }
            over.sort(java.util.Comparator.comparing(group -> group.newest.castAt()));
            return over;
        });
    }

    /** The batch's own votes (not yet in the statement's snapshot) under the group's key in its window's slots. */
    private static int votesOfBatchInWindow(Map<SlotKey, Group> groups, Group group) {
        int votes = 0;
        for (long slot = WindowSlots.firstSlotOfWindowEndingIn(group.slot); slot <= group.slot; slot++) {
            Group inSlot = groups.get(new SlotKey(group.ruleKey, slot));
            if (inSlot != null) {
                votes += inSlot.votes.size();
            }
        }
        return votes;
    }

    /**
     * A flag covers the votes of every window of its key that reached the threshold: a group whose key has an open
     * flag (its last window reaches into the group's) adds its votes to it; any other group raises a new flag with
     * the votes of its window. Open flags are found, extended and given their votes set-wise; only a new flag costs
     * statements of its own.
     */
    private Uni<Void> flagEach(SqlConnection tx, List<Group> over) {
        if (over.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Tuple keys = tuple(over.stream().map(group -> group.ruleKey.edition()).toArray(UUID[]::new),
                over.stream().map(group -> group.ruleKey.rule().name()).toArray(String[]::new),
                over.stream().map(group -> group.ruleKey.key()).toArray(String[]::new),
                over.stream().map(group -> utc(windowStart(group))).toArray(OffsetDateTime[]::new));
        return tx.preparedQuery(OPEN_FLAGS).execute(keys).flatMap(rows -> {
            Map<Integer, UUID> open = new HashMap<>();
            rows.forEach(row -> open.put((int) (row.getLong("i") - 1), row.getUUID("flag_id")));
            Map<RuleKey, Instant> raisedUntil = new HashMap<>();
            Map<RuleKey, UUID> raised = new HashMap<>();
            List<UUID> extendedFlags = new ArrayList<>();
            List<Instant> extendedUntil = new ArrayList<>();
            List<UUID> attachFlags = new ArrayList<>();
            List<String> attachVotes = new ArrayList<>();
            Uni<Void> raising = Uni.createFrom().voidItem();
            for (int i = 0; i < over.size(); i++) { // oldest first: a flag raised here is open for the later groups
                Group group = over.get(i);
                UUID flagId = open.get(i);
                Instant until = raisedUntil.get(group.ruleKey);
                if (flagId == null && until != null && until.isAfter(windowStart(group))) {
                    flagId = raised.get(group.ruleKey);
                }
                if (flagId == null) {
                    UUID newFlag = flagIdOf(group);
                    raised.put(group.ruleKey, newFlag);
                    raisedUntil.put(group.ruleKey, group.newest.castAt());
                    raising = raising.chain(() -> raise(tx, group, newFlag));
                    continue;
                }
                extendedFlags.add(flagId);
                extendedUntil.add(group.newest.castAt());
                for (Cast vote : group.votes) {
                    attachFlags.add(flagId);
                    attachVotes.add(vote.streamId());
                }
            }
            if (extendedFlags.isEmpty()) {
                return raising;
            }
            Tuple extended = tuple(extendedFlags.toArray(UUID[]::new),
                    extendedUntil.stream().map(VoteIntegrityProjection::utc).toArray(OffsetDateTime[]::new));
            Tuple attached = tuple(attachFlags.toArray(UUID[]::new), attachVotes.toArray(String[]::new));
            return raising.chain(() -> tx.preparedQuery(EXTEND_FLAGS).execute(extended))
                    .chain(() -> tx.preparedQuery(ATTACH_VOTES).execute(attached))
                    .replaceWithVoid();
        });
    }

    private Instant windowStart(Group group) {
        return group.newest.castAt().minus(window(group.ruleKey.rule()));
    }

    /** Derived from edition, rule, key and the window-length bucket: a redelivered vote never raises a second one. */
    private UUID flagIdOf(Group group) {
        RuleKey ruleKey = group.ruleKey;
        long bucket = Math.floorDiv(group.newest.castAt().toEpochMilli(), window(ruleKey.rule()).toMillis());
        return UUID.nameUUIDFromBytes((ruleKey.edition() + "|" + ruleKey.rule() + "|" + ruleKey.key() + "|" + bucket)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A new flag with the votes of the group's window, and its VotesFlagged event unless the log has it. */
    private Uni<Void> raise(SqlConnection tx, Group group, UUID flagId) {
        RuleKey ruleKey = group.ruleKey;
        Rule rule = ruleKey.rule();
        Instant castAt = group.newest.castAt();
        Instant from = windowStart(group);
        UUID entryId = rule == Rule.NEW_VOTER_SURGE ? UUID.fromString(ruleKey.key()) : null;
        int threshold = threshold(rule);
        Tuple flag = tuple(flagId, ruleKey.edition(), rule.name(), ruleKey.key(), entryId, utc(from),
                utc(castAt), threshold, utc(castAt));
        Tuple windowParams = windowParams(ruleKey, from, castAt);
        return tx.preparedQuery(INSERT_FLAG).execute(flag).flatMap(inserted -> attach(tx, rule, flagId,
                windowParams).chain(() -> inserted.rowCount() == 0 ? Uni.createFrom().voidItem()
                        : append(tx, group.newest.event(), flagId, ruleKey, entryId, from, castAt, threshold,
                                windowParams)));
    }

    /** Which votes a rule looks at: {@code $1} edition, {@code $2} key, {@code $3}..{@code $4} the window. */
    static String match(Rule rule) {
        return switch (rule) {
            case CLIENT_ADDRESS_BURST -> "v.client_key = $2";
            case NETWORK_BURST -> "v.client_network = $2";
            case NEW_VOTER_SURGE -> "v.entry_id = cast($2::text as uuid) and v.new_voter";
        };
    }

    private static String inWindow(Rule rule) {
        return " from integrity_vote v where v.edition_id = $1 and v.cast_at > $3 and v.cast_at <= $4 and "
                + match(rule);
    }

    private static Tuple windowParams(RuleKey ruleKey, Instant after, Instant upTo) {
        return tuple(ruleKey.edition(), ruleKey.key(), utc(after), utc(upTo));
    }

    /** Adds the votes of the window to the flag's votes (read model only). */
    private static Uni<Void> attach(SqlConnection tx, Rule rule, UUID flagId, Tuple windowParams) {
        Tuple params = tuple(windowParams.getValue(0), windowParams.getValue(1), windowParams.getValue(2),
                windowParams.getValue(3), flagId);
        return tx.preparedQuery("insert into integrity_flag_vote (flag_id, vote_stream_id) select $5, v.vote_stream_id"
                + inWindow(rule) + " on conflict do nothing").execute(params).replaceWithVoid();
    }

    private Uni<Void> append(SqlConnection tx, ConsumedEvent cause, UUID flagId, RuleKey ruleKey, UUID entryId,
            Instant from, Instant to, int threshold, Tuple windowParams) {
        Rule rule = ruleKey.rule();
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
            VotesFlagged flagged = new VotesFlagged(flagId, ruleKey.edition(), rule, ruleKey.key(), entryId, from,
                    to, threshold, total, List.copyOf(votes), to);
            String stream = streamId(flagId);
            return store.versionIn(tx, stream)
                    .flatMap(version -> version > 0 ? Uni.createFrom().voidItem()
                            : store.appendIn(tx, List.of(new AppendRequest(stream, STREAM_TYPE,
                                    ExpectedVersion.noStream(), List.of(flagged))),
                                    new EventMetadata(cause.correlationId(), cause.eventId(), ACTOR))
                                    .replaceWithVoid());
        });
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

    private WindowSlots slots(Rule rule) {
        return new WindowSlots(window(rule));
    }

    private static Tuple tuple(Object... values) {
        return Tuple.from(Arrays.asList(values));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
