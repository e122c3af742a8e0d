package org.hlc.platform.projection;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hlc.platform.eventlog.EventLogReader;
import org.hlc.platform.eventlog.EventLogSignal;
import org.hlc.platform.eventlog.LoggedEvent;
import org.jboss.logging.Logger;

/**
 * Feeds a read model of this service's own events straight from its event log, as the relay reads it: in relay order,
 * woken by each commit ({@link EventLogSignal}), instead of waiting for the relay, the broker and a consumer poll.
 * Its place in the log (transaction id, global position) is stored with the read model in the same transaction, as a
 * row of {@code hlc_projection_positions} under the source {@value #SOURCE}: each event is applied exactly once, no
 * event-id bookkeeping. A read model that was fed from Kafka before, or from a log created again since, is rebuilt
 * from the log first.
 */
public class LogProjectionRunner extends ProjectionRunner {
    private static final Logger LOG = Logger.getLogger(LogProjectionRunner.class);
    /** The {@code topic} value of this runner's row in {@code hlc_projection_positions}. */
    static final String SOURCE = "event-log";
    private static final Duration LAG_REFRESH = Duration.ofMillis(500);
    private static final Duration POSITION_SAVE_INTERVAL = Duration.ofSeconds(5);
    /** The lag is counted exactly up to here, estimated beyond: a figure for the admin endpoint, not a scan. */
    private static final int LAG_COUNT_CAP = 2_000;
    /**
     * At most this many full reads go into one transaction while catching up, for projections that fold their events
     * (a tally row written once per transaction instead of once per read: a rebuild's transactions stay under a second).
     */
    private static final int CATCH_UP_READS_PER_TRANSACTION = 25;

    private final EventLogReader log;
    private final EventLogSignal signal;
    private final EventLogSignal.Follower follower;
    private final Timer commitLag;
    /**
     * Parses payloads on this runner's thread only, recycling its buffers through a pool of its own: the shared
     * mapper's thread-local pool lookup took ~9 % of the runner's samples in a replay.
     */
    private final ObjectReader json = new ObjectMapper(JsonFactory.builder()
            .recyclerPool(JsonRecyclerPools.newConcurrentDequePool()).build()).readerFor(JsonNode.class);
    private final PayloadUpcaster upcaster;
    private final String topic;
    private final int batchSize;
    private final Duration idlePoll;
    private boolean positionLoaded;
    /** The last event read: committed, or ahead of the committed position while a batch is in flight. */
    private long readTransaction;
    private long readPosition;
    private long nextLagRefresh;
    /** Records read into the batch being gathered, not yet submitted: still behind. */
    private long gathered;
    private long nextPositionSave;
    /** When the last read that was not a prefetch began ({@link System#nanoTime()}). */
    private long lastReadNanos;
    /** The read after the last one, already asked for (only while catching up); null otherwise. */
    private CompletableFuture<EventLogReader.Fetched> prefetched;

    /**
     * {@code topic} is where the relay publishes this log (what {@link ConsumedEvent#topic()} says); {@code idlePoll}
     * bounds the wait for events no signal announced (appended by another instance). {@code commitLag} receives, for
     * every applied event whose transaction committed in this process recently, the time from that commit to the
     * commit of the read-model transaction that applied it.
     */
    public LogProjectionRunner(Pool pool, Projection projection, EventLogSignal signal, String topic, int batchSize,
            Duration idlePoll, PayloadUpcaster upcaster, Timer freshness, Timer commitLag) {
        super(pool, projection, freshness);
        this.log = new EventLogReader(pool);
        this.signal = signal;
        this.follower = signal.follower(idlePoll);
        this.commitLag = commitLag;
        this.topic = topic;
        this.batchSize = batchSize;
        this.idlePoll = idlePoll;
        this.upcaster = upcaster;
    }

    @Override
    protected void interrupt(Thread runnerThread) {
        runnerThread.interrupt();
    }

    @Override
    protected String source() {
        return SOURCE;
    }

    @Override
    protected void starting() {
        positionLoaded = false; // a runner started again reads on from what is stored, as after a service restart
    }

    @Override
    protected boolean ready() {
        if (!positionLoaded) {
            loadPosition();
        }
        return true;
    }

    @Override
    protected Duration pausedPoll() {
        return idlePoll;
    }

    @Override
    protected boolean applyNext() throws InterruptedException {
        // the previous batch's transaction runs while the next batch is read and decoded
        List<LoggedEvent> read = nextRead();
        Batch batch = null;
        if (!read.isEmpty()) {
            batch = new Batch(projection.newBatch(), read.size());
            absorb(batch, read);
            // catching up (the read came back full and the next one is on its way): join reads into one transaction
            // while the projection folds what it is given instead of holding it
            for (int joined = 1; read.size() == batchSize && joined < CATCH_UP_READS_PER_TRANSACTION
                    && batch.events.retained() < batchSize; joined++) {
                gathered = batch.records;
                refreshLag();
                read = nextRead();
                if (read.isEmpty()) {
                    break;
                }
                absorb(batch, read);
            }
        }
        awaitInFlight();
        gathered = 0;
        if (batch != null) {
            submit(batch);
        }
        return batch != null;
    }

    @Override
    protected void afterStep(boolean found) throws InterruptedException {
        if (found) {
            boolean catchingUp = prefetched != null; // a full read has its successor on the way: no wait then
            if (!catchingUp) {
                lingerAfter(lastReadNanos);
            }
            follower.found(catchingUp);
        } else {
            follower.idle();
        }
    }

    /** Sleeps what is left of the projection's linger since the read that began at {@code readNanos}. */
    private void lingerAfter(long readNanos) throws InterruptedException {
        long left = projection.linger().toNanos() - (System.nanoTime() - readNanos);
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    @Override
    protected void failed() {
        prefetched = null;
        gathered = 0;
        positionLoaded = false;
    }

    /**
     * Reads the stored position. None, but offsets from Kafka: the read model was fed from the topic until now, and
     * where that left it in the log is not known exactly, so it is rebuilt. A position in another log: rebuilt too.
     */
    private void loadPosition() {
        UUID logId = log.logId();
        RowIterator<Row> rows = pool.preparedQuery("""
                select log_id, transaction_id, global_position from hlc_projection_positions
                 where projection = $1 and topic = $2""")
                .execute(Tuple.of(projection.name(), SOURCE)).await().atMost(Duration.ofSeconds(30)).iterator();
        readTransaction = 0;
        readPosition = 0;
        if (rows.hasNext()) {
            Row row = rows.next();
            if (logId.equals(row.getUUID("log_id"))) {
                readTransaction = row.getLong("transaction_id");
                readPosition = row.getLong("global_position");
            } else {
                LOG.infof("projection %s was built from another event log; rebuilding", projection.name());
                rebuildRequested = true;
            }
        } else if (pool.preparedQuery("select 1 from hlc_projection_offsets where projection = $1 limit 1")
                .execute(Tuple.of(projection.name())).await().atMost(Duration.ofSeconds(30)).size() > 0) {
            LOG.infof("projection %s was fed from Kafka until now; rebuilding it from the event log",
                    projection.name());
            rebuildRequested = true;
        }
        positionLoaded = true;
    }

    /**
     * The next events after the last one read. When a read comes back full the runner is catching up (a replay, a
     * backlog): the read after it is asked for at once, so the database and the event loop fetch it while this thread
     * decodes and the previous batch commits.
     */
    private List<LoggedEvent> nextRead() throws InterruptedException {
        List<LoggedEvent> read;
        if (prefetched != null) {
            try {
                read = prefetched.get(30, TimeUnit.SECONDS).events();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure
                        : new IllegalStateException(e.getCause());
            } catch (TimeoutException e) {
                throw new IllegalStateException("reading the event log took more than 30 s", e);
            } finally {
                prefetched = null;
            }
        } else {
            follower.reading();
            lastReadNanos = System.nanoTime();
            read = log.after(readTransaction, readPosition, batchSize);
        }
        if (read.size() == batchSize) {
            LoggedEvent last = read.get(read.size() - 1);
            follower.reading();
            prefetched = log.fetch(last.transactionId(), last.globalPosition(), batchSize)
                    .subscribeAsCompletionStage();
        }
        return read;
    }

    @Override
    protected void rebuild() {
        prefetched = null; // read from the old position: whatever it brings is not wanted
        state = "rebuilding";
        resetReadModel();
        readTransaction = 0;
        readPosition = 0;
        rebuildRequested = false;
        gathered = 0;
        nextLagRefresh = 0;
        refreshLag(); // the whole log is behind now, not what was behind before the reset
        LOG.infof("projection %s reset; replaying the event log from the beginning", projection.name());
    }

    /**
     * One transaction's reads: the projection's batch, when each of its events happened and when its transaction
     * committed here (-1 if not known), and the log position after the last event read.
     */
    private static final class Batch {
        final ProjectionBatch events;
        long[] eventTimes;
        long[] commitTimes;
        int records;
        long lastTransaction;
        long lastPosition;

        Batch(ProjectionBatch events, int expected) {
            this.events = events;
            this.eventTimes = new long[expected];
            this.commitTimes = new long[expected];
        }

        void add(ConsumedEvent event, long eventTime, long commitTime) {
            int i = events.size();
            if (i == eventTimes.length) {
                eventTimes = Arrays.copyOf(eventTimes, Math.max(16, i * 2));
                commitTimes = Arrays.copyOf(commitTimes, Math.max(16, i * 2));
            }
            eventTimes[i] = eventTime;
            commitTimes[i] = commitTime;
            events.add(event);
        }
    }

    /** Decodes the events of a read that the projection handles into the batch, and moves past the read. */
    private void absorb(Batch batch, List<LoggedEvent> read) {
        long transaction = -1;
        long committedAt = -1;
        for (LoggedEvent event : read) {
            if (projection.handles(event.eventType())) {
                ConsumedEvent decoded = decode(event);
                if (decoded != null) {
                    if (event.transactionId() != transaction) { // a transaction's events come one after another
                        transaction = event.transactionId();
                        committedAt = signal.commitNanos(transaction);
                    }
                    batch.add(decoded, event.occurredAt().toEpochMilli(), committedAt);
                }
            }
        }
        LoggedEvent last = read.get(read.size() - 1);
        readTransaction = last.transactionId();
        readPosition = last.globalPosition();
        batch.records += read.size();
        batch.lastTransaction = readTransaction;
        batch.lastPosition = readPosition;
    }

    private ConsumedEvent decode(LoggedEvent event) {
        try {
            ObjectNode payload = upcaster.upcast(event.eventType(), event.schemaVersion(),
                    (ObjectNode) json.readTree(event.payload()));
            return new ConsumedEvent(event.eventId(), event.eventType(), event.streamId(), event.version(),
                    event.schemaVersion(), event.occurredAt(), null, event.correlationId(), event.actor(),
                    payload, topic, 0, event.globalPosition());
        } catch (Exception e) {
            LOG.errorf("projection %s skips malformed event %s at log position %d: %s", projection.name(),
                    event.eventId(), event.globalPosition(), e.toString());
            return null;
        }
    }

    /**
     * Starts the batch's transaction without waiting for it. A batch with nothing to apply needs none: its position is
     * stored with a later batch, or after {@link #POSITION_SAVE_INTERVAL} at the latest (until then, a restart only
     * reads those events again, and they change nothing).
     */
    private void submit(Batch batch) {
        long now = System.nanoTime();
        int count = batch.events.size();
        if (count == 0 && now < nextPositionSave) {
            return;
        }
        nextPositionSave = now + POSITION_SAVE_INTERVAL.toNanos();
        UUID logId = log.logId();
        // the position goes down the connection right behind the read model's statements (pipelined, same transaction)
        CompletableFuture<Integer> fresh = pool.withTransaction(tx -> Uni.combine().all()
                .unis(commitMode(tx), batch.events.write(tx), savePosition(tx, logId, batch)).asTuple())
                .subscribeAsCompletionStage()
                .thenApply(ignored -> {
                    recordCommitLag(batch, count);
                    return committed(count, 0, batch.eventTimes, count);
                });
        inFlight = new InFlight(fresh, batch.records);
    }

    private void recordCommitLag(Batch batch, int count) {
        long now = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (batch.commitTimes[i] >= 0) {
                commitLag.record(Math.max(0, now - batch.commitTimes[i]), TimeUnit.NANOSECONDS);
            }
        }
    }

    private Uni<Void> savePosition(SqlConnection tx, UUID logId, Batch batch) {
        return tx.preparedQuery("""
                insert into hlc_projection_positions (projection, topic, partition, log_id, transaction_id,
                                                      global_position)
                values ($1, $2, 0, $3, $4, $5)
                on conflict (projection, topic, partition, log_id) do update
                   set transaction_id = excluded.transaction_id, global_position = excluded.global_position""")
                .execute(Tuple.of(projection.name(), SOURCE, logId, batch.lastTransaction, batch.lastPosition))
                .replaceWithVoid();
    }

    @Override
    protected void refreshLag() {
        long now = System.nanoTime();
        if (now < nextLagRefresh) {
            return;
        }
        nextLagRefresh = now + LAG_REFRESH.toNanos();
        lag.set(inFlightRecords() + gathered + log.countAfter(readTransaction, readPosition, LAG_COUNT_CAP));
    }
}
