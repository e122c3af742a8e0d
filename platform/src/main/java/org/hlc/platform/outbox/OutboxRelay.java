package org.hlc.platform.outbox;

import io.micrometer.core.instrument.Timer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hlc.platform.eventlog.EventLogReader;
import org.hlc.platform.eventlog.EventLogSignal;
import org.hlc.platform.eventlog.LoggedEvent;
import org.jboss.logging.Logger;

/**
 * Publishes the committed event log to Kafka: no dual write, the log is the outbox.
 *
 * <p>Reads rows after the last one sent whose transaction is older than every transaction still running, in
 * (transaction id, position) order; sends a batch without waiting per record (the idempotent producer keeps
 * per-partition order across retries, and a partition never gets a later batch without an earlier one), fetches and
 * sends the next batch while waiting for the previous one's acknowledgements, then advances the checkpoint (lazily:
 * at most every {@link #CHECKPOINT_INTERVAL}, and whenever the relay goes idle). On any failure the producer is
 * replaced and everything after the checkpoint is sent again: delivery is at least once. Every record carries its
 * {@link LogPosition}, by which consumers recognise what a retry sends again.
 */
public class OutboxRelay implements Runnable {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration CHECKPOINT_INTERVAL = Duration.ofMillis(200);
    private static final String LOAD_CHECKPOINT = """
            select last_transaction_id::text as tx, last_position from hlc_outbox_checkpoint where relay = $1
            """;
    /**
     * Committed without waiting for the WAL flush ({@code set_config(..., true)}: for this statement's transaction
     * only): a checkpoint lost in a crash only makes the relay send those events again, which consumers recognise by
     * their log position. An idle relay saves after every batch, so at a slow load (200 votes/s) its flush waits were
     * a fifth of PostgreSQL's commit waits.
     */
    private static final String SAVE_CHECKPOINT = """
            insert into hlc_outbox_checkpoint (relay, last_transaction_id, last_position)
            select $1, $2::text::xid8, $3 from (select set_config('synchronous_commit', 'off', true)) without_flush_wait
            on conflict (relay) do update set last_transaction_id = excluded.last_transaction_id,
                                              last_position = excluded.last_position, updated_at = now()
            """;

    private final Pool pool;
    private final EventLogReader log;
    private final EventLogSignal.Follower follower;
    private final RelaySettings settings;
    private final Timer delay;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong lastPosition = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean running;
    private volatile Thread thread;
    private KafkaProducer<String, byte[]> producer;
    private long checkpointTx;
    private long checkpointPosition;
    /** Position of the last event handed to the producer: the checkpoint, or ahead of it while acks are pending. */
    private long sentTx;
    private long sentPosition;
    private long nextCheckpointSave;
    private boolean checkpointLoaded;
    private UUID logId;

    public OutboxRelay(Pool pool, RelaySettings settings) {
        this(pool, settings, null);
    }

    /** {@code delay}, if given, receives for every event the time from its occurrence to its acknowledgement. */
    public OutboxRelay(Pool pool, RelaySettings settings, Timer delay) {
        this(pool, settings, delay, new EventLogSignal());
    }

    /** {@code signal} wakes the relay when an append commits, instead of its next idle poll. */
    public OutboxRelay(Pool pool, RelaySettings settings, Timer delay, EventLogSignal signal) {
        this.pool = pool;
        this.log = new EventLogReader(pool);
        this.follower = signal.follower(settings.idlePoll());
        this.settings = settings;
        this.delay = delay;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this, "hlc-outbox-relay-" + settings.relayName());
        thread.setDaemon(true);
        thread.start();
    }

    public void stop() {
        running = false;
        Thread current = thread;
        if (current != null) {
            current.interrupt();
            try {
                current.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void run() {
        loadCheckpoint();
        Sent unconfirmed = null;
        while (running) {
            try {
                // the next batch is fetched and sent while the previous one is still being acknowledged
                Sent next = fetchAndSend();
                if (unconfirmed != null) {
                    confirm(unconfirmed, next == null);
                }
                unconfirmed = next;
                if (next == null) {
                    if (lastPosition.get() > checkpointPosition) { // confirmed while no read came back empty
                        saveCheckpoint(sentTx, sentPosition);
                    }
                    follower.idle();
                } else if (next.acks().size() < settings.batchSize() && !follower.signalledSinceReading()) {
                    // nothing more was announced: confirm this batch now rather than after a read that would most
                    // likely come back empty (at a low rate that read and the checkpoint cost two transactions per
                    // commit), then wait for the next signal; the checkpoint follows at most every 200 ms, and
                    // once the relay finds nothing
                    confirm(next, false);
                    unconfirmed = null;
                    follower.found(false);
                } else {
                    follower.found();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | ExecutionException | TimeoutException e) {
                unconfirmed = null;
                if (!running) {
                    break; // interrupted by stop(): what was not acknowledged is sent again after the restart
                }
                failures.incrementAndGet();
                LOG.warnf("relay %s could not publish (will retry from position %d): %s", settings.relayName(),
                        checkpointPosition, e.toString());
                closeProducer();
                sleepQuietly(settings.retryBackoff());
            }
        }
        closeProducer();
    }

    /**
     * One relay step, start to end: fetch, send, wait for the acknowledgements, save the checkpoint; returns how many
     * events it published. Public for tests that drive the relay by hand.
     */
    public int publishNextBatch() throws InterruptedException, ExecutionException, TimeoutException {
        Sent sent = fetchAndSend();
        if (sent == null) {
            return 0;
        }
        confirm(sent, true);
        return sent.acks().size();
    }

    /** A batch handed to the producer: its acknowledgements, and the log position of its last event. */
    private record Sent(List<Future<RecordMetadata>> acks, long lastTx, long lastPosition) {
    }

    /** Fetches the events after the last one sent and hands them to the producer without waiting; null if none. */
    private Sent fetchAndSend() {
        if (!checkpointLoaded) {
            readCheckpoint();
        }
        follower.reading();
        List<LoggedEvent> events = log.after(sentTx, sentPosition, settings.batchSize());
        if (events.isEmpty()) {
            return null;
        }
        KafkaProducer<String, byte[]> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        for (LoggedEvent event : events) {
            acks.add(kafka.send(toRecord(event)));
        }
        LoggedEvent last = events.get(events.size() - 1);
        sentTx = last.transactionId();
        sentPosition = last.globalPosition();
        return new Sent(acks, sentTx, sentPosition);
    }

    /**
     * Waits for every acknowledgement of the batch, then moves the checkpoint past it: at once when {@code now},
     * otherwise at most every {@link #CHECKPOINT_INTERVAL} (a restart sends the events after the checkpoint again;
     * consumers skip them by their log position). Any failure resends from the checkpoint.
     */
    private void confirm(Sent sent, boolean now) throws InterruptedException, ExecutionException, TimeoutException {
        // flush() sends what lingers, the next batch's records included: measured, relaying 1 M events took 49 s with
        // it and 84 s relying on linger.ms alone
        producer.flush();
        long deadline = System.nanoTime() + settings.deliveryTimeout().toNanos();
        for (Future<RecordMetadata> ack : sent.acks()) {
            RecordMetadata acknowledged = ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (delay != null) {
                delay.record(Math.max(0, System.currentTimeMillis() - acknowledged.timestamp()), TimeUnit.MILLISECONDS);
            }
        }
        published.addAndGet(sent.acks().size());
        lastPosition.set(sent.lastPosition());
        long time = System.nanoTime();
        if (now || time >= nextCheckpointSave) {
            saveCheckpoint(sent.lastTx(), sent.lastPosition());
            nextCheckpointSave = time + CHECKPOINT_INTERVAL.toNanos();
        }
    }

    public long publishedCount() {
        return published.get();
    }

    public long lastPublishedPosition() {
        return lastPosition.get();
    }

    public long failureCount() {
        return failures.get();
    }

    private ProducerRecord<String, byte[]> toRecord(LoggedEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(headers, CloudEventHeaders.ID, event.eventId());
        header(headers, CloudEventHeaders.TYPE, event.eventType());
        header(headers, CloudEventHeaders.SOURCE, settings.source());
        header(headers, CloudEventHeaders.SUBJECT, event.streamId());
        header(headers, CloudEventHeaders.TIME, event.occurredAt());
        header(headers, CloudEventHeaders.CONTENT_TYPE, "application/json");
        header(headers, CloudEventHeaders.SCHEMA_VERSION, event.schemaVersion());
        header(headers, CloudEventHeaders.STREAM_VERSION, event.version());
        header(headers, CloudEventHeaders.CORRELATION_ID, event.correlationId());
        header(headers, CloudEventHeaders.CAUSATION_ID, event.causationId());
        header(headers, CloudEventHeaders.ACTOR, event.actor());
        header(headers, CloudEventHeaders.LOG_POSITION, event.position(logId).header());
        // the record's timestamp is the event's time (Kafka's CreateTime): consumers measure freshness without
        // parsing ce_time; the topics keep their records forever, so old timestamps expire nothing
        return new ProducerRecord<>(settings.topic(), null, event.occurredAt().toEpochMilli(), event.streamId(),
                event.payload().getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void header(RecordHeaders headers, String name, Object value) {
        if (value != null) {
            headers.add(name, value.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 1);
            // the producer keeps every buffer it ever filled for reuse, up to buffer.memory: a catch-up of a million
            // events left 32 MB of them on the heap for good (found in a heap dump); 4 MB still holds two batches
            props.put(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
            props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 4L * 1024 * 1024);
            int deliveryMs = (int) settings.deliveryTimeout().toMillis();
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryMs);
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, deliveryMs / 3));
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.max(1000, deliveryMs / 3));
            props.put(ProducerConfig.CLIENT_ID_CONFIG, "hlc-relay-" + settings.relayName() + "-" + UUID.randomUUID());
            producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    /** Drops the producer and what it has not acknowledged: the next batch starts again after the checkpoint. */
    private void closeProducer() {
        sentTx = checkpointTx;
        sentPosition = checkpointPosition;
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.debug("closing producer", e);
            }
            producer = null;
        }
    }

    private void readCheckpoint() {
        logId = log.logId();
        var rows = pool.preparedQuery(LOAD_CHECKPOINT).execute(Tuple.of(settings.relayName()))
                .await().atMost(Duration.ofSeconds(30));
        if (rows.iterator().hasNext()) {
            Row row = rows.iterator().next();
            checkpointTx = Long.parseLong(row.getString("tx"));
            checkpointPosition = row.getLong("last_position");
            lastPosition.set(checkpointPosition);
        }
        sentTx = checkpointTx;
        sentPosition = checkpointPosition;
        checkpointLoaded = true;
    }

    private void loadCheckpoint() {
        while (running) {
            try {
                readCheckpoint();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("relay %s cannot read its checkpoint yet: %s", settings.relayName(), e.toString());
                sleepQuietly(settings.retryBackoff());
            }
        }
    }

    private void saveCheckpoint(long tx, long position) {
        pool.preparedQuery(SAVE_CHECKPOINT).execute(Tuple.of(settings.relayName(), Long.toString(tx), position))
                .await().atMost(Duration.ofSeconds(30));
        checkpointTx = tx;
        checkpointPosition = position;
    }

    private static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(Math.max(1, duration.toMillis()));
    }

    private static void sleepQuietly(Duration duration) {
        try {
            sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
