package org.hlc.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.hlc.platform.eventstore.AppendRequest;
import org.hlc.platform.eventstore.EventMetadata;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.eventstore.ExpectedVersion;
import org.hlc.platform.events.EventType;
import org.hlc.platform.events.EventTypeRegistry;

/**
 * The event store alone, in-process: vote-shaped appends (a vote stream expecting no stream) from C concurrent
 * callers for D seconds, with group commit and with one transaction per append. Prints appends/s for both.
 * Args: database concurrency seconds
 */
public final class StoreBench {

    @EventType("VoteCast")
    public record VoteCast(String editionId, String entryId, String voter) {
    }

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "hlc_bench";
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        org.flywaydb.core.Flyway.configure()
                .dataSource("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "")
                .locations("classpath:db/migration").outOfOrder(true).load().migrate();
        Vertx vertx = Vertx.vertx();
        Pool pool = Pool.newInstance(PgBuilder.pool().with(new PoolOptions().setMaxSize(16))
                .connectingTo(new PgConnectOptions().setHost("127.0.0.1").setPort(5432).setDatabase(database)
                        .setUser("postgres").setPassword("").setPipeliningLimit(256))
                .using(vertx.getDelegate()).build());
        ObjectMapper mapper = new ObjectMapper();
        EventTypeRegistry registry = new EventTypeRegistry("hlc.bench", mapper, List.of(VoteCast.class), List.of());
        EventStore grouped = new EventStore(pool, registry, mapper, 256, 2);
        EventStore single = new EventStore(pool, registry, mapper, 1, 16);
        run("warm-up", grouped, concurrency, 3);
        double perTransaction = run("one transaction per append", single, concurrency, seconds);
        double groupCommit = run("group commit", grouped, concurrency, seconds);
        System.out.printf("store_appends_per_s_single=%.0f%nstore_appends_per_s_grouped=%.0f%n", perTransaction,
                groupCommit);
        System.out.printf("group_commit_stats=%s%n", grouped.groupCommitStats());
        pool.close().await().indefinitely();
        vertx.close().await().indefinitely();
    }

    private static double run(String label, EventStore store, int concurrency, int seconds) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong done = new AtomicLong();
        CountDownLatch finished = new CountDownLatch(concurrency);
        String edition = UUID.randomUUID().toString().substring(0, 8);
        long start = System.nanoTime();
        for (int client = 0; client < concurrency; client++) {
            loop(store, edition, deadline, done, finished);
        }
        finished.await();
        double rate = done.get() / ((System.nanoTime() - start) / 1e9);
        System.out.printf("%-28s %8.0f appends/s (%d in %ds, %d callers)%n", label, rate, done.get(), seconds,
                concurrency);
        return rate;
    }

    /** One closed-loop caller: the next append starts when the previous one committed. */
    private static void loop(EventStore store, String edition, long deadline, AtomicLong done,
            CountDownLatch finished) {
        if (System.nanoTime() > deadline) {
            finished.countDown();
            return;
        }
        String voter = UUID.randomUUID().toString();
        String entry = Integer.toString((int) (Math.random() * 400));
        Uni<Long> append = store.append(new AppendRequest("vote-" + edition + "-" + voter + "-" + entry, "vote",
                ExpectedVersion.noStream(), List.of(new VoteCast(edition, entry, voter))),
                EventMetadata.system(voter));
        append.subscribe().with(version -> {
            done.incrementAndGet();
            loop(store, edition, deadline, done, finished);
        }, failure -> {
            System.err.println("append failed: " + failure);
            finished.countDown();
        });
    }
}
