package org.hlc.platform.projection;

import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Feeds one {@link Projection} on a thread of its own, a batch per transaction, with the batch's position stored in
 * that same transaction (so nothing is applied twice), the next batch read while the previous one commits, and the
 * controls the admin endpoint offers: rebuild, pause, resume, status. {@link KafkaProjectionRunner} reads Kafka
 * topics; {@link LogProjectionRunner} follows this service's own event log.
 */
public abstract class ProjectionRunner implements Runnable {
    private static final Logger LOG = Logger.getLogger(ProjectionRunner.class);
    protected final Pool pool;
    protected final Projection projection;
    private final Timer freshness;
    protected final AtomicLong applied = new AtomicLong();
    protected final AtomicLong duplicates = new AtomicLong();
    protected final AtomicLong lag = new AtomicLong(-1);
    protected volatile boolean running;
    protected volatile boolean rebuildRequested;
    protected volatile boolean paused;
    protected volatile String state = "starting";
    protected volatile String lastError;
    private volatile Instant lastAppliedAt;
    private Thread thread;
    /** The previous batch's transaction, while the next batch is read. */
    protected InFlight inFlight;

    /** A batch's transaction: how many events it applied once committed, and how many it carries (lag). */
    protected record InFlight(CompletableFuture<Integer> fresh, int records) {
    }

    /**
     * {@code freshness} receives, for every event of a committed batch, the time from the event's occurrence to that
     * commit.
     */
    protected ProjectionRunner(Pool pool, Projection projection, Timer freshness) {
        this.pool = pool;
        this.projection = projection;
        this.freshness = freshness;
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
        Thread current = thread;
        if (current != null) {
            interrupt(current);
            try {
                current.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Gets the runner's thread out of whatever it waits for, so that it sees it has been stopped. */
    protected abstract void interrupt(Thread runnerThread);

    /**
     * The runner's loop, the same for every source: rebuild when asked, stay idle while paused, otherwise read the
     * next batch while the previous one commits; a failure resumes from what is stored.
     */
    @Override
    public final void run() {
        starting();
        while (running) {
            try {
                if (!ready()) {
                    continue;
                }
                if (rebuildRequested) {
                    awaitInFlight();
                    rebuild();
                }
                if (paused) {
                    awaitInFlight();
                    state = "paused";
                    refreshLag();
                    Thread.sleep(pausedPoll().toMillis());
                    continue;
                }
                boolean found = applyNext();
                state = "running";
                lastError = null;
                refreshLag();
                afterStep(found);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                if (!running) {
                    break; // stop() got the thread out of a wait
                }
                settleInFlight(); // what it stored is read again below: the transaction in flight must be over
                state = "failing";
                lastError = e.toString();
                LOG.errorf(e, "projection %s failed; retrying from what it stored", projection.name());
                failed();
                sleepQuietly(Duration.ofSeconds(1));
            }
        }
        settleInFlight();
        stopped();
        state = "stopped";
    }

    /** Called when the thread starts. */
    protected void starting() {
    }

    /** Gets the source ready (connection, assignment, stored position); false to go round the loop again. */
    protected abstract boolean ready() throws InterruptedException;

    /** Resets the read model and starts again from the beginning of the source. */
    protected abstract void rebuild();

    /** How long a paused runner waits before it looks at its flags again. */
    protected abstract Duration pausedPoll();

    /**
     * Reads and decodes the next batch, waits for the previous batch's transaction ({@link #awaitInFlight}) and
     * starts this one's; true if anything was read.
     */
    protected abstract boolean applyNext() throws InterruptedException;

    /** Refreshes {@link #lag} now and then. */
    protected abstract void refreshLag();

    /** After a step of the loop, with whether it read anything: e.g. wait for more. */
    protected void afterStep(boolean found) throws InterruptedException {
    }

    /** After a failure: drop what is held in memory, so that the next round starts from what is stored. */
    protected abstract void failed();

    /** Called when the thread ends. */
    protected void stopped() {
    }

    /** Where the events come from: {@code kafka} or {@code event-log}. */
    protected abstract String source();

    /** Asks the runner to reset the read model and replay its events from the beginning. */
    public void requestRebuild() {
        rebuildRequested = true;
    }

    /**
     * Stops applying events until {@link #resume()}: the batch in flight commits, nothing more is read; the lag keeps
     * being reported. Held in memory only (a restarted service runs every projection), for maintenance and for
     * keeping a long catch-up off the cores while something else is measured or repaired.
     */
    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
    }

    public ProjectionStatus status() {
        return new ProjectionStatus(projection.name(), projection.topics(), source(), state, lag.get(),
                applied.get(), duplicates.get(), lastAppliedAt, lastError);
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

    /**
     * The first statement of a batch's transaction: for a {@link Projection#skipsFlushWait()} projection, commit
     * without waiting for the log flush (a read-model commit no longer queues behind the votes' own flushes).
     */
    protected Uni<Void> commitMode(SqlConnection tx) {
        return projection.skipsFlushWait()
                ? tx.query("set local synchronous_commit = off").execute().replaceWithVoid()
                : Uni.createFrom().voidItem();
    }

    /**
     * Deletes the read model and every position this projection stored, from any source, in one transaction: the
     * next event applied is the first of the log or topics.
     */
    protected void resetReadModel() {
        pool.withTransaction(tx -> projection.reset(tx)
                .flatMap(ignored -> deleteAll(tx, "hlc_projection_applied"))
                .flatMap(ignored -> deleteAll(tx, "hlc_projection_offsets"))
                .flatMap(ignored -> deleteAll(tx, "hlc_projection_positions")))
                .await().atMost(Duration.ofMinutes(5));
        projection.committed();
    }

    private Uni<Void> deleteAll(SqlConnection tx, String table) {
        return tx.preparedQuery("delete from " + table + " where projection = $1").execute(Tuple.of(projection.name()))
                .replaceWithVoid();
    }

    /**
     * Bookkeeping once a batch committed: counts, the query caches, and the freshness of each applied event
     * (the first {@code timed} of {@code eventTimes}: epoch milliseconds, -1 when unknown).
     */
    protected int committed(int count, int skipped, long[] eventTimes, int timed) {
        applied.addAndGet(count);
        duplicates.addAndGet(skipped);
        if (count > 0) {
            lastAppliedAt = Instant.now();
            projection.committed(); // right at the commit: a query cache must not wait for the next poll
            long now = System.currentTimeMillis();
            for (int i = 0; i < timed; i++) {
                if (eventTimes[i] >= 0) {
                    freshness.record(Math.max(0, now - eventTimes[i]), TimeUnit.MILLISECONDS);
                }
            }
        }
        return count;
    }

    /** Waits for the previous batch's transaction; its failure fails the runner (which resumes from the database). */
    protected void awaitInFlight() throws InterruptedException {
        InFlight batch = inFlight;
        if (batch == null) {
            return;
        }
        try {
            batch.fresh().get(2, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("a projection transaction did not finish within 2 minutes", e);
        } finally {
            inFlight = null;
        }
    }

    /** Waits for the previous batch's transaction to commit or fail, whichever; never throws. */
    private void settleInFlight() {
        try {
            awaitInFlight();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.debugf("projection %s: the batch in flight did not commit: %s", projection.name(), e);
        }
    }

    /** Records not yet applied: those of a transaction still in flight count as behind. */
    protected long inFlightRecords() {
        InFlight batch = inFlight;
        return batch != null && !batch.fresh().isDone() ? batch.records() : 0;
    }

    protected static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
