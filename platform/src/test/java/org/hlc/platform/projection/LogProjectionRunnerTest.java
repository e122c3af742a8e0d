package org.hlc.platform.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.hlc.platform.TestEvents;
import org.hlc.platform.TestEvents.ThingHappened;
import org.hlc.platform.TestInfrastructure;
import org.hlc.platform.eventlog.EventLogSignal;
import org.hlc.platform.eventstore.AppendRequest;
import org.hlc.platform.eventstore.EventMetadata;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.eventstore.ExpectedVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogProjectionRunnerTest {
    private static final String TOPIC = "hlc.test.events";
    private final Pool pool = TestInfrastructure.pool();
    private final EventLogSignal signal = new EventLogSignal();
    private final EventStore store = new EventStore(pool, TestInfrastructure.registry(TestEvents.all()),
            TestInfrastructure.MAPPER, signal);
    private final Timer freshness = new SimpleMeterRegistry().timer("freshness");
    private final Timer commitLag = new SimpleMeterRegistry().timer("commit-lag");
    private LogProjectionRunner runner;

    @BeforeEach
    void clean() {
        TestInfrastructure.truncateAll();
    }

    @AfterEach
    void stop() {
        if (runner != null) {
            runner.stop();
        }
    }

    @Test
    void applies_every_event_of_the_log_once_in_order_and_goes_on_after_its_stored_position() {
        appendVersions("stream-a", 1, 5);
        appendVersions("stream-b", 1, 5);
        runner = start(Duration.ofMillis(50));
        await().atMost(Duration.ofSeconds(30)).until(() -> runner.status().applied() == 10 && runner.lag() == 0);
        await().atMost(Duration.ofSeconds(5)).until(() -> freshness.count() == 10); // one sample per applied event
        // each of these appends committed in this process: the time from that commit is known too
        await().atMost(Duration.ofSeconds(5)).until(() -> commitLag.count() == 10);
        assertThat(commitLag.max(TimeUnit.MILLISECONDS)).isLessThan(30_000.0);

        runner.stop();
        appendVersions("stream-a", 6, 7);
        runner = start(Duration.ofMillis(50)); // a restart reads on from the position stored with the read model
        await().atMost(Duration.ofSeconds(30)).until(() -> runner.status().applied() == 2 && runner.lag() == 0);

        assertThat(tally()).containsExactly(Map.entry("stream-a", versions(1, 7)), Map.entry("stream-b",
                versions(1, 5)));
        assertThat(runner.status().source()).isEqualTo("event-log");
        assertThat(count("hlc_projection_applied")).as("no row per event").isZero();
    }

    @Test
    void a_committed_append_wakes_the_runner_without_waiting_for_its_idle_poll() {
        runner = start(Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(10)).until(() -> runner.status().state().equals("running"));

        appendVersions("stream-w", 1, 1);

        await().atMost(Duration.ofSeconds(10)).until(() -> runner.status().applied() == 1);
        assertThat(tally()).containsExactly(Map.entry("stream-w", versions(1, 1)));
    }

    @Test
    void rebuild_resets_the_read_model_and_replays_the_log_to_the_same_result() {
        appendVersions("stream-r", 1, 40);
        runner = start(Duration.ofMillis(50));
        await().atMost(Duration.ofSeconds(30)).until(() -> runner.status().applied() == 40 && runner.lag() == 0);

        runner.requestRebuild();

        await().atMost(Duration.ofSeconds(30)).until(() -> runner.status().applied() == 80 && runner.lag() == 0);
        assertThat(tally()).containsExactly(Map.entry("stream-r", versions(1, 40)));
        assertThat(runner.status().state()).isEqualTo("running");
    }

    @Test
    void a_read_model_fed_from_kafka_until_now_is_rebuilt_from_the_log() {
        appendVersions("stream-k", 1, 3);
        // what the Kafka runner left: its offsets, and a read model whose place in the log is not known
        pool.query("insert into hlc_projection_offsets (projection, topic, partition, next_offset) "
                + "values ('tally', 'hlc.test.events', 0, 2)").execute().await().indefinitely();
        pool.query("insert into test_tally (stream_id, applied, versions) values ('stream-k', 2, array[1, 2])")
                .execute().await().indefinitely();

        runner = start(Duration.ofMillis(50));

        await().atMost(Duration.ofSeconds(30)).until(() -> runner.status().applied() == 3 && runner.lag() == 0);
        assertThat(tally()).containsExactly(Map.entry("stream-k", versions(1, 3)));
        assertThat(count("hlc_projection_offsets")).isZero();
    }

    @Test
    void a_paused_projection_applies_nothing_until_resumed_and_reports_its_lag() {
        appendVersions("stream-p", 1, 1);
        runner = start(Duration.ofMillis(50));
        await().atMost(Duration.ofSeconds(30)).until(() -> runner.status().applied() == 1 && runner.lag() == 0);

        runner.pause();
        await().atMost(Duration.ofSeconds(30)).until(() -> runner.status().state().equals("paused"));
        appendVersions("stream-p", 2, 3);
        await().atMost(Duration.ofSeconds(30)).until(() -> runner.lag() == 2);
        assertThat(tally()).containsExactly(Map.entry("stream-p", versions(1, 1)));

        runner.resume();
        await().atMost(Duration.ofSeconds(30)).until(() -> runner.status().applied() == 3 && runner.lag() == 0);
        assertThat(tally()).containsExactly(Map.entry("stream-p", versions(1, 3)));
    }

    @Test
    void while_catching_up_a_projection_that_folds_its_events_gets_many_reads_in_one_transaction() {
        appendVersions("stream-f", 1, 30);
        appendVersions("stream-g", 1, 10);
        FoldingTallyProjection folding = new FoldingTallyProjection(TOPIC);

        runner = start(folding, Duration.ofMillis(50)); // reads of 4 events: 10 full reads to catch up

        await().atMost(Duration.ofSeconds(30)).until(() -> runner.status().applied() == 40 && runner.lag() == 0);
        assertThat(tally()).containsExactly(Map.entry("stream-f", versions(1, 30)),
                Map.entry("stream-g", versions(1, 10)));
        assertThat(folding.writes()).as("transactions that applied events").isEqualTo(1);

        appendVersions("stream-f", 31, 31); // caught up: the next append is a transaction of its own, at once
        await().atMost(Duration.ofSeconds(30)).until(() -> runner.status().applied() == 41 && runner.lag() == 0);
        assertThat(tally()).containsEntry("stream-f", versions(1, 31));
    }

    @Test
    void a_projection_that_holds_its_events_gets_one_read_per_transaction() {
        appendVersions("stream-h", 1, 12);
        FoldingTallyProjection holding = new FoldingTallyProjection(TOPIC, true);

        runner = start(holding, Duration.ofMillis(50));

        await().atMost(Duration.ofSeconds(30)).until(() -> runner.status().applied() == 12 && runner.lag() == 0);
        assertThat(tally()).containsExactly(Map.entry("stream-h", versions(1, 12)));
        assertThat(holding.writes()).isEqualTo(3);
    }

    @Test
    void only_a_projection_that_skips_the_flush_wait_commits_without_waiting_for_the_log_flush() {
        appendVersions("stream-s", 1, 1);

        runner = start(new CommitModeProjection(TOPIC, true), Duration.ofMillis(50));
        await().atMost(Duration.ofSeconds(30)).until(() -> runner.status().applied() == 1 && runner.lag() == 0);
        runner.stop();
        assertThat(tally()).containsOnlyKeys("synchronous_commit=off");

        TestInfrastructure.truncateAll();
        appendVersions("stream-s", 1, 1);
        runner = start(new CommitModeProjection(TOPIC, false), Duration.ofMillis(50));
        await().atMost(Duration.ofSeconds(30)).until(() -> runner.status().applied() == 1 && runner.lag() == 0);
        assertThat(tally()).containsOnlyKeys("synchronous_commit=on");
    }

    /** Records the commit mode its transaction runs with, as the tally's stream id. */
    private static final class CommitModeProjection extends TableProjection {

        CommitModeProjection(String topic, boolean skipsFlushWait) {
            super("tally", List.of(topic), "test_tally");
            if (skipsFlushWait) {
                skipFlushWait();
            }
            on("ThingHappened", (tx, event) -> execute(tx, """
                    insert into test_tally (stream_id, applied, versions)
                    values ('synchronous_commit=' || current_setting('synchronous_commit'), 1, array[$1::int])""",
                    (int) event.streamVersion()));
        }
    }

    private LogProjectionRunner start(Duration idlePoll) {
        return start(new TallyProjection(TOPIC), idlePoll);
    }

    private LogProjectionRunner start(Projection projection, Duration idlePoll) {
        LogProjectionRunner started = new LogProjectionRunner(pool, projection, signal, TOPIC, 4,
                idlePoll, PayloadUpcaster.NONE, freshness, commitLag);
        started.start();
        return started;
    }

    private void appendVersions(String stream, int from, int to) {
        for (int version = from; version <= to; version++) {
            store.append(new AppendRequest(stream, "thing", ExpectedVersion.exactly(version - 1),
                    List.of(new ThingHappened(stream, version))), EventMetadata.system("test")).await().indefinitely();
        }
    }

    private static List<Integer> versions(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    private long count(String table) {
        return pool.query("select count(*) from " + table).execute().await().indefinitely().iterator().next()
                .getLong(0);
    }

    private Map<String, List<Integer>> tally() {
        Map<String, List<Integer>> tally = new TreeMap<>();
        pool.query("select stream_id, versions from test_tally").execute().await().indefinitely()
                .forEach(row -> tally.put(row.getString("stream_id"), Arrays.asList(row.getArrayOfIntegers(
                        "versions"))));
        return tally;
    }
}
