package org.hlc.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.hlc.platform.TestEvents;
import org.hlc.platform.TestEvents.ThingHappened;
import org.hlc.platform.TestEvents.ThingRenamed;
import org.hlc.platform.TestInfrastructure;
import org.hlc.platform.events.EventTypeRegistry;
import org.hlc.platform.events.Upcaster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventStoreTest {
    private final EventTypeRegistry registry = TestInfrastructure.registry(TestEvents.all());
    private final EventStore store = new EventStore(TestInfrastructure.pool(), registry, TestInfrastructure.MAPPER);
    private final EventMetadata metadata = EventMetadata.system("test");

    @BeforeEach
    void clean() {
        TestInfrastructure.truncateAll();
    }

    @Test
    void appends_then_reads_the_stream_in_version_order_with_metadata() {
        String stream = "thing-" + UUID.randomUUID();
        long version = append(stream, ExpectedVersion.noStream(), new ThingHappened("a", 1), new ThingHappened("b", 2));
        long next = append(stream, ExpectedVersion.exactly(2), new ThingHappened("c", 3));

        List<RecordedEvent> events = store.readStream(stream).await().indefinitely();
        assertThat(version).isEqualTo(2);
        assertThat(next).isEqualTo(3);
        assertThat(events).extracting(RecordedEvent::version).containsExactly(1L, 2L, 3L);
        assertThat(events).extracting(e -> e.as(ThingHappened.class).thing()).containsExactly("a", "b", "c");
        assertThat(events.get(0).eventType()).isEqualTo("hlc.test.ThingHappened");
        assertThat(events.get(0).correlationId()).isEqualTo(metadata.correlationId());
        assertThat(events.get(0).actor()).isEqualTo("test");
    }

    @Test
    void folds_state_and_reports_version_zero_for_a_missing_stream() {
        String stream = "thing-" + UUID.randomUUID();
        append(stream, ExpectedVersion.noStream(), new ThingHappened("a", 1), new ThingHappened("b", 5));

        Folded<Integer> sum = store.load(stream, 0, (s, e) -> s + ((ThingHappened) e).n()).await().indefinitely();
        Folded<Integer> none = store.load("thing-missing", 0, (s, e) -> s + 1).await().indefinitely();
        assertThat(sum.state()).isEqualTo(6);
        assertThat(sum.version()).isEqualTo(2);
        assertThat(none.exists()).isFalse();
    }

    @Test
    void rejects_append_expecting_no_stream_when_the_stream_exists() {
        String stream = "vote-e1-voter-entry";
        append(stream, ExpectedVersion.noStream(), new ThingHappened("vote", 1));

        assertThatThrownBy(() -> append(stream, ExpectedVersion.noStream(), new ThingHappened("vote", 1)))
                .isInstanceOf(StreamConflictException.class);
        assertThat(store.readStream(stream).await().indefinitely()).hasSize(1);
    }

    @Test
    void rejects_stale_and_future_expected_versions() {
        String stream = "thing-" + UUID.randomUUID();
        append(stream, ExpectedVersion.noStream(), new ThingHappened("a", 1), new ThingHappened("b", 2));

        assertThatThrownBy(() -> append(stream, ExpectedVersion.exactly(1), new ThingHappened("stale", 0)))
                .isInstanceOf(StreamConflictException.class)
                .satisfies(e -> assertThat(((StreamConflictException) e).actual()).isEqualTo(2));
        assertThatThrownBy(() -> append(stream, ExpectedVersion.exactly(7), new ThingHappened("ahead", 0)))
                .isInstanceOf(StreamConflictException.class);
        assertThat(store.readStream(stream).await().indefinitely()).hasSize(2);
    }

    @Test
    void concurrent_appends_to_one_stream_let_exactly_one_writer_win() {
        String stream = "thing-" + UUID.randomUUID();
        append(stream, ExpectedVersion.noStream(), new ThingHappened("start", 0));
        AtomicInteger conflicts = new AtomicInteger();
        List<Uni<Long>> writers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            writers.add(store.append(new AppendRequest(stream, "thing", ExpectedVersion.exactly(1),
                    List.of(new ThingHappened("writer", i))), metadata)
                    .onFailure(StreamConflictException.class).recoverWithItem(() -> {
                        conflicts.incrementAndGet();
                        return -1L;
                    }));
        }
        List<Long> results = Uni.join().all(writers).andCollectFailures().await().indefinitely();

        assertThat(results.stream().filter(v -> v == 2L)).hasSize(1);
        assertThat(conflicts.get()).isEqualTo(15);
        assertThat(store.readStream(stream).await().indefinitely()).hasSize(2);
    }

    @Test
    void groups_concurrent_appends_into_fewer_transactions_and_each_caller_gets_its_own_outcome() {
        EventStore grouped = new EventStore(TestInfrastructure.pool(), registry, TestInfrastructure.MAPPER, 64, 1);
        String contested = "vote-e1-v1-x-" + UUID.randomUUID();
        List<Uni<String>> callers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String stream = i % 3 == 0 ? contested : "vote-e1-" + UUID.randomUUID();
            AppendRequest vote = new AppendRequest(stream, "vote", ExpectedVersion.noStream(),
                    List.of(new ThingHappened("vote", i)));
            callers.add(grouped.append(vote, metadata).map(v -> "ok")
                    .onFailure(StreamConflictException.class).recoverWithItem("conflict"));
        }
        List<String> outcomes = Uni.join().all(callers).andFailFast().await().indefinitely();

        assertThat(outcomes.stream().filter("ok"::equals)).hasSize(201);
        assertThat(outcomes.stream().filter("conflict"::equals)).hasSize(99);
        assertThat(store.readStream(contested).await().indefinitely()).hasSize(1);
        GroupCommitter.Stats stats = grouped.groupCommitStats();
        assertThat(stats.appends()).isEqualTo(201);
        assertThat(stats.transactions()).isLessThan(300);
    }

    @Test
    void writers_racing_for_two_streams_in_opposite_orders_across_groups_in_flight_get_conflicts_not_deadlocks() {
        // groups of two, two in flight: without care the second group inserts B then A while the first inserts A
        // then B, and PostgreSQL breaks the deadlock by failing one of them
        EventStore grouped = new EventStore(TestInfrastructure.pool(), registry, TestInfrastructure.MAPPER, 2, 2);
        List<Uni<String>> callers = new ArrayList<>();
        List<String> streams = new ArrayList<>();
        for (int round = 0; round < 150; round++) {
            String a = "voter-e1-a-" + UUID.randomUUID();
            String b = "voter-e1-b-" + UUID.randomUUID();
            streams.add(a);
            streams.add(b);
            for (String stream : List.of(a, b, b, a)) {
                callers.add(grouped.append(new AppendRequest(stream, "voter", ExpectedVersion.noStream(),
                        List.of(new ThingHappened("ballot", round))), metadata).map(v -> "ok")
                        .onFailure(StreamConflictException.class).recoverWithItem("conflict")
                        .onFailure().recoverWithItem(failure -> "failed: " + failure.getMessage()));
            }
        }
        List<String> outcomes = Uni.join().all(callers).andFailFast().await().indefinitely();

        assertThat(outcomes).filteredOn(outcome -> outcome.startsWith("failed")).isEmpty();
        assertThat(outcomes.stream().filter("ok"::equals)).hasSize(streams.size());
        for (String stream : streams) {
            assertThat(store.readStream(stream).await().indefinitely()).hasSize(1);
        }
    }

    @Test
    void appends_to_several_streams_atomically_or_not_at_all() {
        String taken = "claim-" + UUID.randomUUID();
        String fresh = "thing-" + UUID.randomUUID();
        append(taken, ExpectedVersion.noStream(), new ThingHappened("claimed", 1));

        assertThatThrownBy(() -> store.appendAll(List.of(
                new AppendRequest(fresh, "thing", ExpectedVersion.noStream(), List.of(new ThingHappened("x", 1))),
                new AppendRequest(taken, "claim", ExpectedVersion.noStream(), List.of(new ThingHappened("y", 1)))),
                metadata).await().indefinitely()).isInstanceOf(StreamConflictException.class);
        assertThat(store.readStream(fresh).await().indefinitely()).isEmpty();
    }

    @Test
    void an_append_in_a_transaction_begun_without_flush_wait_makes_its_commit_wait_for_the_flush() {
        String stream = "thing-" + UUID.randomUUID();
        String setting = TestInfrastructure.pool().withTransaction(tx -> tx.query("set local synchronous_commit = off")
                .execute()
                .flatMap(ignored -> store.appendIn(tx, List.of(new AppendRequest(stream, "thing",
                        ExpectedVersion.noStream(), List.of(new ThingHappened("a", 1)))), metadata))
                .flatMap(versions -> tx.query("select current_setting('synchronous_commit')").execute())
                .map(rows -> rows.iterator().next().getString(0))).await().indefinitely();

        assertThat(setting).isEqualTo("on");
        assertThat(store.readStream(stream).await().indefinitely()).hasSize(1);
    }

    @Test
    void reads_an_old_payload_version_through_its_upcaster() {
        Upcaster v1ToV2 = new Upcaster() {
            public String eventType() {
                return "ThingRenamed";
            }

            public int fromVersion() {
                return 1;
            }

            public ObjectNode upcast(ObjectNode payload) {
                ObjectNode v2 = payload.objectNode();
                v2.put("newName", payload.path("name").asText());
                v2.put("reason", "unknown (recorded before reasons were kept)");
                return v2;
            }
        };
        EventTypeRegistry upcasting = new EventTypeRegistry("hlc.test", TestInfrastructure.MAPPER, TestEvents.all(),
                List.of(v1ToV2));
        EventStore reader = new EventStore(TestInfrastructure.pool(), upcasting, TestInfrastructure.MAPPER);
        String stream = "thing-" + UUID.randomUUID();
        TestInfrastructure.pool().preparedQuery("""
                insert into hlc_events (stream_id, stream_type, version, event_type, schema_version, payload, event_id,
                                        occurred_at)
                values ($1, 'thing', 1, 'hlc.test.ThingRenamed', 1, '{"name":"old name"}', $2, now())""")
                .execute(Tuple.of(stream, UUID.randomUUID())).await().indefinitely();

        ThingRenamed renamed = reader.readStream(stream).await().indefinitely().get(0).as(ThingRenamed.class);
        assertThat(renamed.newName()).isEqualTo("old name");
        assertThat(renamed.reason()).startsWith("unknown");
    }

    private long append(String stream, ExpectedVersion expected, Object... events) {
        return store.append(new AppendRequest(stream, "thing", expected, List.of(events)), metadata)
                .await().indefinitely();
    }
}
