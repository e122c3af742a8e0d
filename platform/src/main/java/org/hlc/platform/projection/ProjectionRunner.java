package org.hlc.platform.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.hlc.platform.outbox.CloudEventHeaders;
import org.jboss.logging.Logger;

/**
 * Feeds one {@link Projection} from Kafka. Offsets live in the service database, written in the same transaction as
 * the read model, and every event id is recorded, so a redelivered event (same offset again, or the same event at a
 * new offset after a relay retry) has no effect. Partitions are assigned manually: no group rebalancing to wait for.
 */
public class ProjectionRunner implements Runnable {
    private static final Logger LOG = Logger.getLogger(ProjectionRunner.class);
    private static final Duration PARTITION_REFRESH = Duration.ofSeconds(5);
    private static final Duration LAG_REFRESH = Duration.ofMillis(500);

    private final Pool pool;
    private final Projection projection;
    private final ProjectionSettings settings;
    private final ObjectMapper mapper;
    private final PayloadUpcaster upcaster;
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong lag = new AtomicLong(-1);
    private volatile boolean running;
    private volatile boolean rebuildRequested;
    private volatile String state = "starting";
    private volatile String lastError;
    private volatile Instant lastAppliedAt;
    private Thread thread;
    private KafkaConsumer<String, byte[]> consumer;
    private long nextPartitionRefresh;
    private long nextLagRefresh;

    public ProjectionRunner(Pool pool, Projection projection, ProjectionSettings settings, ObjectMapper mapper,
            PayloadUpcaster upcaster) {
        this.pool = pool;
        this.projection = projection;
        this.settings = settings;
        this.mapper = mapper;
        this.upcaster = upcaster;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this, "hlc-projection-" + projection.name());
        thread.setDaemon(true);
        thread.start();
    }

    public void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Asks the runner to reset the read model and replay its topics from the beginning. */
    public void requestRebuild() {
        rebuildRequested = true;
    }

    public ProjectionStatus status() {
        return new ProjectionStatus(projection.name(), projection.topics(), state, lag.get(), applied.get(),
                duplicates.get(), lastAppliedAt, lastError);
    }

    public long lag() {
        return lag.get();
    }

    public long appliedCount() {
        return applied.get();
    }

    public String name() {
        return projection.name();
    }

    @Override
    public void run() {
        while (running) {
            try {
                if (consumer == null) {
                    consumer = newConsumer();
                    nextPartitionRefresh = 0;
                }
                refreshAssignment();
                if (rebuildRequested) {
                    rebuild();
                }
                if (consumer.assignment().isEmpty()) {
                    Thread.sleep(settings.pollTimeout().toMillis() + 200);
                    continue;
                }
                ConsumerRecords<String, byte[]> records = consumer.poll(settings.pollTimeout());
                if (!records.isEmpty()) {
                    applyBatch(records);
                }
                state = "running";
                lastError = null;
                refreshLag();
            } catch (org.apache.kafka.common.errors.WakeupException e) {
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                state = "failing";
                lastError = e.toString();
                LOG.errorf(e, "projection %s failed; retrying from its stored offsets", projection.name());
                closeConsumer();
                sleepQuietly(Duration.ofSeconds(1));
            }
        }
        closeConsumer();
        state = "stopped";
    }

    private KafkaConsumer<String, byte[]> newConsumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.clientPrefix() + "-" + projection.name());
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) Math.max(1, settings.pollTimeout().toMillis()));
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private void refreshAssignment() {
        long now = System.nanoTime();
        if (now < nextPartitionRefresh) {
            return;
        }
        nextPartitionRefresh = now + PARTITION_REFRESH.toNanos();
        Set<TopicPartition> partitions = new HashSet<>();
        for (String topic : projection.topics()) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (infos != null) {
                infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            }
        }
        if (!partitions.equals(consumer.assignment())) {
            consumer.assign(partitions);
            seekToStoredOffsets(partitions);
        }
    }

    private void seekToStoredOffsets(Set<TopicPartition> partitions) {
        Map<TopicPartition, Long> stored = new HashMap<>();
        pool.preparedQuery("select topic, partition, next_offset from hlc_projection_offsets where projection = $1")
                .execute(Tuple.of(projection.name())).await().atMost(Duration.ofSeconds(30))
                .forEach(row -> stored.put(new TopicPartition(row.getString("topic"), row.getInteger("partition")),
                        row.getLong("next_offset")));
        List<TopicPartition> fromStart = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            Long offset = stored.get(partition);
            if (offset == null) {
                fromStart.add(partition);
            } else {
                consumer.seek(partition, offset);
            }
        }
        if (!fromStart.isEmpty()) {
            consumer.seekToBeginning(fromStart);
        }
    }

    private void rebuild() {
        state = "rebuilding";
        pool.withTransaction(tx -> projection.reset(tx)
                .flatMap(ignored -> tx.preparedQuery("delete from hlc_projection_applied where projection = $1")
                        .execute(Tuple.of(projection.name())))
                .flatMap(ignored -> tx.preparedQuery("delete from hlc_projection_offsets where projection = $1")
                        .execute(Tuple.of(projection.name()))))
                .await().atMost(Duration.ofMinutes(5));
        projection.committed();
        consumer.seekToBeginning(consumer.assignment());
        rebuildRequested = false;
        LOG.infof("projection %s reset; replaying %s from the beginning", projection.name(), projection.topics());
    }

    private void applyBatch(ConsumerRecords<String, byte[]> records) {
        List<ConsumedEvent> events = new ArrayList<>(records.count());
        Map<TopicPartition, Long> nextOffsets = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            nextOffsets.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
            ConsumedEvent event = decode(record);
            if (event != null) {
                events.add(event);
            }
        }
        int fresh = pool.withTransaction(tx -> claim(tx, events)
                .flatMap(freshIds -> applyInOrder(tx, events, freshIds).replaceWith(freshIds.size()))
                .call(ignored -> saveOffsets(tx, nextOffsets)))
                .await().atMost(Duration.ofMinutes(2));
        applied.addAndGet(fresh);
        duplicates.addAndGet(events.size() - fresh);
        if (fresh > 0) {
            lastAppliedAt = Instant.now();
            projection.committed();
        }
    }

    private Uni<Set<UUID>> claim(SqlConnection tx, List<ConsumedEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        if (projection.idempotent()) {
            Set<UUID> all = new HashSet<>();
            events.forEach(event -> all.add(event.eventId()));
            return Uni.createFrom().item(all);
        }
        UUID[] ids = events.stream().map(ConsumedEvent::eventId).toArray(UUID[]::new);
        return tx.preparedQuery("""
                insert into hlc_projection_applied (projection, event_id) select $1, unnest($2::uuid[])
                on conflict do nothing returning event_id""").execute(Tuple.of(projection.name(), ids))
                .map(rows -> {
                    Set<UUID> fresh = new HashSet<>();
                    for (Row row : rows) {
                        fresh.add(row.getUUID("event_id"));
                    }
                    return fresh;
                });
    }

    private Uni<Void> applyInOrder(SqlConnection tx, List<ConsumedEvent> events, Set<UUID> freshIds) {
        List<ConsumedEvent> fresh = new ArrayList<>(freshIds.size());
        Set<UUID> seen = new HashSet<>();
        for (ConsumedEvent event : events) {
            // the same event can appear twice in one batch after a relay retry: apply it once
            if (freshIds.contains(event.eventId()) && seen.add(event.eventId())) {
                fresh.add(event);
            }
        }
        return fresh.isEmpty() ? Uni.createFrom().voidItem() : projection.applyBatch(tx, fresh);
    }

    private Uni<Void> saveOffsets(SqlConnection tx, Map<TopicPartition, Long> nextOffsets) {
        String[] topics = nextOffsets.keySet().stream().map(TopicPartition::topic).toArray(String[]::new);
        Integer[] partitions = nextOffsets.keySet().stream().map(TopicPartition::partition).toArray(Integer[]::new);
        Long[] offsets = nextOffsets.values().toArray(Long[]::new);
        return tx.preparedQuery("""
                insert into hlc_projection_offsets (projection, topic, partition, next_offset)
                select $1, t, p, o from unnest($2::text[], $3::int[], $4::bigint[]) as x(t, p, o)
                on conflict (projection, topic, partition) do update set next_offset = excluded.next_offset""")
                .execute(Tuple.of(projection.name(), topics, partitions, offsets)).replaceWithVoid();
    }

    private ConsumedEvent decode(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        String type = headers.get(CloudEventHeaders.TYPE);
        String id = headers.get(CloudEventHeaders.ID);
        if (type == null || id == null || record.value() == null) {
            LOG.warnf("projection %s skips %s-%d@%d: not a CloudEvent", projection.name(), record.topic(),
                    record.partition(), record.offset());
            return null;
        }
        if (!projection.handles(type)) {
            return null; // not parsed, claimed or applied: it cannot change this read model
        }
        try {
            int schemaVersion = Integer.parseInt(headers.getOrDefault(CloudEventHeaders.SCHEMA_VERSION, "1"));
            ObjectNode payload = upcaster.upcast(type, schemaVersion, (ObjectNode) mapper.readTree(record.value()));
            String correlation = headers.get(CloudEventHeaders.CORRELATION_ID);
            String time = headers.get(CloudEventHeaders.TIME);
            return new ConsumedEvent(UUID.fromString(id), type,
                    headers.getOrDefault(CloudEventHeaders.SUBJECT, record.key()),
                    Long.parseLong(headers.getOrDefault(CloudEventHeaders.STREAM_VERSION, "0")), schemaVersion,
                    time == null ? Instant.ofEpochMilli(record.timestamp()) : Instant.parse(time),
                    correlation == null ? null : UUID.fromString(correlation), headers.get(CloudEventHeaders.ACTOR),
                    payload, record.topic(), record.partition(), record.offset());
        } catch (Exception e) {
            LOG.errorf("projection %s skips malformed event %s at %s-%d@%d: %s", projection.name(), id,
                    record.topic(), record.partition(), record.offset(), e.toString());
            return null;
        }
    }

    private void refreshLag() {
        long now = System.nanoTime();
        if (now < nextLagRefresh) {
            return;
        }
        nextLagRefresh = now + LAG_REFRESH.toNanos();
        Set<TopicPartition> assignment = consumer.assignment();
        Map<TopicPartition, Long> ends = consumer.endOffsets(assignment, Duration.ofSeconds(5));
        long total = 0;
        for (TopicPartition partition : assignment) {
            total += Math.max(0, ends.getOrDefault(partition, 0L) - consumer.position(partition));
        }
        lag.set(total);
    }

    private void closeConsumer() {
        if (consumer != null) {
            try {
                consumer.close(Duration.ofSeconds(1));
            } catch (RuntimeException e) {
                LOG.debug("closing consumer", e);
            }
            consumer = null;
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
