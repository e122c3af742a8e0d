package org.hlc.platform.eventstore;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Group commit for {@link EventStore#appendAll}: while a transaction is in flight, new appends queue up, and the next
 * transaction takes all of them (up to a limit). No timer: a lone request is committed at once, and under load the
 * number of transactions per append falls on its own. Each caller still gets exactly its own result or conflict.
 */
public final class GroupCommitter {
    public static final int DEFAULT_MAX_GROUP = 256;
    public static final int DEFAULT_MAX_IN_FLIGHT = 2;

    /** Appends and the transactions that carried them. */
    public record Stats(long appends, long transactions, long fallbacks) {
    }

    /** A writer outside the group won a race for one of its streams: retry each member alone. */
    static final class LostRace extends RuntimeException {
        LostRace() {
            super("a concurrent writer outside the group won a race", null, false, false);
        }
    }

    private final EventStore store;
    private final int maxGroup;
    private final int maxInFlight;
    private final Deque<Pending> queue = new ArrayDeque<>();
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
            inFlight++;
            group = new ArrayList<>(Math.min(queue.size(), maxGroup));
            while (!queue.isEmpty() && group.size() < maxGroup) {
                group.add(queue.pollFirst());
            }
        }
        transactions.incrementAndGet();
        store.commitGroup(group).subscribe().with(ignored -> settle(group), failure -> failed(group, failure));
    }

    private void settle(List<Pending> group) {
        List<Pending> deferred = new ArrayList<>();
        for (Pending pending : group) {
            if (pending.deferred) {
                pending.deferred = false;
                deferred.add(pending);
            } else {
                pending.complete();
            }
        }
        finishGroup(deferred);
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
        finishGroup(List.of());
    }

    private void finishGroup(List<Pending> deferred) {
        synchronized (this) {
            inFlight--;
            for (int i = deferred.size() - 1; i >= 0; i--) {
                queue.addFirst(deferred.get(i));
            }
        }
        drain();
    }

    /** One caller's append, as it moves through a group. */
    final class Pending {
        private final List<AppendRequest> requests;
        private final EventMetadata metadata;
        private final UniEmitter<? super List<Long>> emitter;
        private List<Long> versions;
        private RuntimeException conflict;
        private boolean deferred;

        Pending(List<AppendRequest> requests, EventMetadata metadata, UniEmitter<? super List<Long>> emitter) {
            this.requests = requests;
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

        void defer() {
            deferred = true;
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
