package org.hlc.webinar.questions;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.platform.eventstore.EventMetadata;
import org.jboss.logging.Logger;

/**
 * Carries over by itself: every {@code webinar.carry-over.interval} (default PT1M; PT0S switches it off) it closes
 * the Q&amp;A of webinars that have ended or were cancelled in the last 14 days and still have open questions with
 * votes, exactly as POST /webinars/{id}/questions/carry-over does. A webinar with nowhere to carry to is looked at
 * again on later rounds, so a next webinar on the topic scheduled afterwards still gets its questions.
 */
@ApplicationScoped
public class CarryOverSweeper {
    private static final Logger LOG = Logger.getLogger(CarryOverSweeper.class);
    static final Duration LOOK_BACK = Duration.ofDays(14);
    private static final int BATCH = 50;

    private final QuestionQuery query;
    private final QuestionService questions;
    private final Vertx vertx;
    private final Duration interval;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final Clock clock = Clock.systemUTC();
    private long timer = -1;

    public CarryOverSweeper(QuestionQuery query, QuestionService questions, Vertx vertx,
            @ConfigProperty(name = "webinar.carry-over.interval", defaultValue = "PT1M") Duration interval) {
        this.query = query;
        this.questions = questions;
        this.vertx = vertx;
        this.interval = interval;
    }

    void start(@Observes StartupEvent event) {
        if (!interval.isZero() && !interval.isNegative()) {
            timer = vertx.setPeriodic(interval.toMillis(), id -> sweep().subscribe().with(
                    carried -> {
                        if (!carried.isEmpty()) {
                            LOG.infof("carried over the questions of %d ended webinars", carried.size());
                        }
                    },
                    failure -> LOG.warnf("carry-over sweep failed: %s", failure.getMessage())));
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** One round; returns what was carried per webinar (webinars with nothing carried are left out). */
    public Uni<List<CarryOverResult>> sweep() {
        if (!busy.compareAndSet(false, true)) {
            return Uni.createFrom().item(List.of());
        }
        return query.overWithOpenVotedQuestions(clock.instant(), LOOK_BACK, BATCH)
                .onItem().transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem().transformToUniAndConcatenate(this::carry)
                .filter(result -> result != null && !result.carried().isEmpty())
                .collect().asList()
                .eventually(() -> busy.set(false));
    }

    private Uni<CarryOverResult> carry(UUID webinarId) {
        return questions.carryOverEnded(webinarId, EventMetadata.system("webinar-service carry-over"))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("carry-over of webinar %s failed, retried next round: %s", webinarId,
                            failure.getMessage());
                    return null;
                });
    }
}
