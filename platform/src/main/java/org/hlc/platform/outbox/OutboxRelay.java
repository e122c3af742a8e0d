package org.hlc.platform.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.hlc.platform.privacy.PersonalFields;
import org.hlc.platform.privacy.SubjectKeys;
import org.jboss.logging.Logger;

/**
 * Publishes the committed event log to Kafka: no dual write, the log is the outbox.
 *
 * <p>Reads rows after the durable checkpoint whose transaction is older than every transaction still running, in
 * (transaction id, position) order; sends a batch without waiting per record (idempotent producer keeps per-partition
 * order across retries), waits once for the whole batch, then advances the checkpoint. On any failure the producer is
 * replaced and the batch is sent again from the checkpoint: delivery is at least once. Every record carries its
 * {@link LogPosition}, by which consumers recognise what a retry sends again.
 */
public class OutboxRelay implements Runnable {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String FETCH = """
            select transaction_id::text as tx, global_position, stream_id, stream_type, version, event_type,
                   schema_version, payload::text as payload, event_id, correlation_id, causation_id, actor, occurred_at,
                   data_subject
              from hlc_events
             where (transaction_id, global_position) > ($1::text::xid8, $2)
               and transaction_id < pg_snapshot_xmin(pg_current_snapshot())
             order by transaction_id, global_position
             limit $3
            """;
    private static final String LOAD_LOG_ID = "select log_id from hlc_event_log";
    private static final String LOAD_CHECKPOINT = """
            select last_transaction_id::text as tx, last_position from hlc_outbox_checkpoint where relay = $1
            """;
    private static final String SAVE_CHECKPOINT = """
            insert into hlc_outbox_checkpoint (relay, last_transaction_id, last_position) values ($1, $2::text::xid8, $3)
            on conflict (relay) do update set last_transaction_id = excluded.last_transaction_id,
                                              last_position = excluded.last_position, updated_at = now()
            """;

    private final Pool pool;
    private final RelaySettings settings;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong lastPosition = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean running;
    private volatile Thread thread;
    private KafkaProducer<String, byte[]> producer;
    private String checkpointTx = "0";
    private long checkpointPosition;
    private boolean checkpointLoaded;
    private UUID logId;

    public OutboxRelay(Pool pool, RelaySettings settings) {
        this.pool = pool;
        this.settings = settings;
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
        while (running) {
            try {
                int sent = publishNextBatch();
                if (sent == 0) {
                    sleep(settings.idlePoll());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | ExecutionException | TimeoutException e) {
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

    /** One relay step; returns how many events it published. Public for tests that drive the relay by hand. */
    public int publishNextBatch() throws InterruptedException, ExecutionException, TimeoutException {
        if (!checkpointLoaded) {
            readCheckpoint();
        }
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery(FETCH).execute(Tuple.of(checkpointTx, checkpointPosition, settings.batchSize()))
                .await().atMost(Duration.ofSeconds(30)).forEach(rows::add);
        if (rows.isEmpty()) {
            return 0;
        }
        Map<String, Optional<byte[]>> keys = subjectKeys(rows);
        KafkaProducer<String, byte[]> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            acks.add(kafka.send(toRecord(row, keys)));
        }
        kafka.flush();
        long deadline = System.nanoTime() + settings.deliveryTimeout().toNanos();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        Row last = rows.get(rows.size() - 1);
        saveCheckpoint(last.getString("tx"), last.getLong("global_position"));
        published.addAndGet(rows.size());
        return rows.size();
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

    /** Personal fields leave the service in clear for consumers, or as null once their subject is erased. */
    private Map<String, Optional<byte[]>> subjectKeys(List<Row> rows) {
        Set<String> subjects = new HashSet<>();
        rows.forEach(row -> {
            if (row.getString("data_subject") != null) {
                subjects.add(row.getString("data_subject"));
            }
        });
        return subjects.isEmpty() ? Map.of()
                : SubjectKeys.forReading(pool, subjects).await().atMost(Duration.ofSeconds(30));
    }

    private String payload(Row row, Map<String, Optional<byte[]>> keys) {
        String subject = row.getString("data_subject");
        if (subject == null) {
            return row.getString("payload");
        }
        try {
            ObjectNode payload = (ObjectNode) MAPPER.readTree(row.getString("payload"));
            return PersonalFields.reveal(payload, keys.getOrDefault(subject, Optional.empty()), MAPPER).toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored payload is not JSON", e);
        }
    }

    private ProducerRecord<String, byte[]> toRecord(Row row, Map<String, Optional<byte[]>> keys) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(headers, CloudEventHeaders.ID, row.getUUID("event_id").toString());
        header(headers, CloudEventHeaders.TYPE, row.getString("event_type"));
        header(headers, CloudEventHeaders.SOURCE, settings.source());
        header(headers, CloudEventHeaders.SUBJECT, row.getString("stream_id"));
        header(headers, CloudEventHeaders.TIME, row.getOffsetDateTime("occurred_at").toInstant().toString());
        header(headers, CloudEventHeaders.CONTENT_TYPE, "application/json");
        header(headers, CloudEventHeaders.SCHEMA_VERSION, row.getInteger("schema_version").toString());
        header(headers, CloudEventHeaders.STREAM_VERSION, row.getInteger("version").toString());
        header(headers, CloudEventHeaders.CORRELATION_ID, row.getUUID("correlation_id"));
        header(headers, CloudEventHeaders.CAUSATION_ID, row.getUUID("causation_id"));
        header(headers, CloudEventHeaders.ACTOR, row.getString("actor"));
        header(headers, CloudEventHeaders.LOG_POSITION,
                new LogPosition(logId, Long.parseLong(row.getString("tx")), row.getLong("global_position")).header());
        return new ProducerRecord<>(settings.topic(), null, row.getString("stream_id"),
                payload(row, keys).getBytes(StandardCharsets.UTF_8), headers);
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
            props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
            int deliveryMs = (int) settings.deliveryTimeout().toMillis();
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryMs);
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, deliveryMs / 3));
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.max(1000, deliveryMs / 3));
            props.put(ProducerConfig.CLIENT_ID_CONFIG, "hlc-relay-" + settings.relayName() + "-" + UUID.randomUUID());
            producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private void closeProducer() {
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
        logId = pool.query(LOAD_LOG_ID).execute().await().atMost(Duration.ofSeconds(30)).iterator().next()
                .getUUID("log_id");
        var rows = pool.preparedQuery(LOAD_CHECKPOINT).execute(Tuple.of(settings.relayName()))
                .await().atMost(Duration.ofSeconds(30));
        if (rows.iterator().hasNext()) {
            Row row = rows.iterator().next();
            checkpointTx = row.getString("tx");
            checkpointPosition = row.getLong("last_position");
            lastPosition.set(checkpointPosition);
        }
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

    private void saveCheckpoint(String tx, long position) {
        pool.preparedQuery(SAVE_CHECKPOINT).execute(Tuple.of(settings.relayName(), tx, position))
                .await().atMost(Duration.ofSeconds(30));
        checkpointTx = tx;
        checkpointPosition = position;
        lastPosition.set(position);
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
