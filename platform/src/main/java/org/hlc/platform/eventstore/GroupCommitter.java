package org.hlc.platform.eventstore;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Group commit for {@link EventStore#appendAll}: while a transaction is in flight, new appends queue up, and the next
 * transaction takes all of them (up to a limit). No timer: a lone request is committed at once, and under load the
 * number of transactions per append falls on its own. Each caller still gets exactly its own result or conflict.
 * <p>
 * A stream is in at most one group in flight: an append touching a stream of a group in flight (or of the group being
 * formed) waits in the queue for the next group. Two groups in flight then never insert the same key, so neither waits
 * for the other's unique-index entries, and none can deadlock the other (two voters each casting two ballots at once,
 * split across the groups in opposite orders, made PostgreSQL wait its 1 s deadlock timeout and fail one group).
 */
public final class GroupCommitter {
    public static final int DEFAULT_MAX_GROUP = 256;
    public static final int DEFAULT_MAX_IN_FLIGHT = 2;

    /** Appends and the transactions that carried them. */
    public record Stats(long appends, long transactions, long fallbacks) {
    }

    /**
     * A writer outside the group won a race for one of its streams, or PostgreSQL broke a deadlock with one by
     * failing the group: retry each member alone.
     */
    static final class LostRace extends RuntimeException {
        LostRace() {
            super("a concurrent writer outside the group won a race", null, false, false);
        }
    }

    private final EventStore store;
    private final int maxGroup;
    private final int maxInFlight;
    private final Deque<Pending> queue = new ArrayDeque<>();
    private final Set<String> streamsInFlight = new HashSet<>();
    private final AtomicLong appends = new AtomicLong();
    private final AtomicLong transactions = new AtomicLong();
    private final AtomicLong fallbacks = new AtomicLong();
    private int inFlight;

    GroupCommitter(EventStore store, int maxGroup, int maxInFlight) {
        this.store = store;
        this.maxGroup = maxGroup;
        this.maxInFlight = maxInFlight;
    }

    Uni<List<Long>> submit(List<AppendRequest> requests, EventMetadata metadata) {
        return Uni.createFrom().emitter(emitter -> {
            synchronized (this) {
                queue.addLast(new Pending(requests, metadata, emitter));
            }
            drain();
        });
    }

    Stats stats() {
        return new Stats(appends.get(), transactions.get(), fallbacks.get());
    }

    private void drain() {
        List<Pending> group;
        synchronized (this) {
            if (inFlight >= maxInFlight || queue.isEmpty()) {
                return;
            }
            group = new ArrayList<>(Math.min(queue.size(), maxGroup));
            for (Iterator<Pending> waiting = queue.iterator(); waiting.hasNext() && group.size() < maxGroup;) {
                Pending pending = waiting.next();
                if (Collections.disjoint(pending.streams, streamsInFlight)) {
                    waiting.remove();
                    group.add(pending);
                    streamsInFlight.addAll(pending.streams);
                }
            }
            if (group.isEmpty()) {
                return; // each waits for a stream in flight; the group holding it drains again when it ends
            }
            inFlight++;
        }
        transactions.incrementAndGet();
        store.commitGroup(group).subscribe().with(ignored -> settle(group), failure -> failed(group, failure));
    }

    private void settle(List<Pending> group) {
        group.forEach(Pending::complete);
        finishGroup(group);
    }

    private void failed(List<Pending> group, Throwable failure) {
        if (failure instanceof LostRace) {
            fallbacks.incrementAndGet();
            for (Pending pending : group) {
                pending.retryAlone(store);
            }
        } else {
            group.forEach(pending -> pending.emitter.fail(failure));
        }
        finishGroup(group);
    }

    private void finishGroup(List<Pending> group) {
        synchronized (this) {
            inFlight--;
            group.forEach(pending -> pending.streams.forEach(streamsInFlight::remove));
        }
        drain();
    }

    /** One caller's append, as it moves through a group. */
    final class Pending {
        private final List<AppendRequest> requests;
        private final List<String> streams;
        private final EventMetadata metadata;
        private final UniEmitter<? super List<Long>> emitter;
        private List<Long> versions;
        private RuntimeException conflict;

        Pending(List<AppendRequest> requests, EventMetadata metadata, UniEmitter<? super List<Long>> emitter) {
            this.requests = requests;
            this.streams = requests.stream().map(AppendRequest::streamId).toList();
            this.metadata = metadata;
            this.emitter = emitter;
        }

        List<AppendRequest> requests() {
            return requests;
        }

        EventMetadata metadata() {
            return metadata;
        }

        void accept(List<Long> newVersions) {
            versions = newVersions;
            conflict = null;
        }

        void reject(RuntimeException streamConflict) {
            conflict = streamConflict;
            versions = null;
        }

        void complete() {
            if (conflict != null) {
                emitter.fail(conflict);
            } else {
                appends.incrementAndGet();
                emitter.complete(versions);
            }
        }

        void retryAlone(EventStore eventStore) {
            if (conflict != null) {
                emitter.fail(conflict);
                return;
            }
            eventStore.appendAlone(requests, metadata).subscribe().with(result -> {
                appends.incrementAndGet();
                emitter.complete(result);
            }, emitter::fail);
        }
    }
}
