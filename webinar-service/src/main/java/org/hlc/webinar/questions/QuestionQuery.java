package org.hlc.webinar.questions;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hlc.webinar.webinar.Webinar;

@ApplicationScoped
public class QuestionQuery {
    private static final String COLUMNS = """
            select question_id, webinar_id, asked_by, text, status, answer, votes, asked_at, carried_over_from,
                   carried_to_coach
              from question_view
            """;

    private final Pool pool;

    public QuestionQuery(Pool pool) {
        this.pool = pool;
    }

    /** An open question and its vote count as the read model has it. */
    public record Votes(UUID questionId, int votes) {
    }

    /** Visible questions, most votes first, then oldest first; hidden ones only for moderators. */
    public Uni<List<QuestionView>> byVotes(UUID webinarId, boolean withHidden, int limit) {
        return pool.preparedQuery(COLUMNS + """
                 where webinar_id = $1 and ($2 or status <> 'HIDDEN')
                 order by votes desc, asked_at, question_id limit $3""")
                .execute(Tuple.of(webinarId, withHidden, limit)).map(QuestionQuery::views);
    }

    /** Questions carried over to a coach (their webinar had no successor on the topic), most votes first. */
    public Uni<List<QuestionView>> carriedTo(UUID coachId, int limit) {
        return pool.preparedQuery(COLUMNS + """
                 where carried_to_coach = $1 and status = 'CARRIED_OVER'
                 order by votes desc, asked_at, question_id limit $2""")
                .execute(Tuple.of(coachId, limit)).map(QuestionQuery::views);
    }

    /** The webinar's OPEN questions with at least one vote, most votes first. */
    public Uni<List<Votes>> openWithVotes(UUID webinarId) {
        return pool.preparedQuery("""
                select question_id, votes from question_view where webinar_id = $1 and status = 'OPEN' and votes > 0
                 order by votes desc, asked_at, question_id""").execute(Tuple.of(webinarId)).map(rows -> {
                    List<Votes> open = new ArrayList<>();
                    for (Row row : rows) {
                        open.add(new Votes(row.getUUID("question_id"), row.getInteger("votes")));
                    }
                    return open;
                });
    }

    /**
     * The next webinar on the same topic of the same programme: scheduled, not yet over, starting after this one,
     * and for the same audience (the same group, or the whole programme).
     */
    public Uni<Optional<UUID>> nextOnTopic(Webinar webinar, Instant now) {
        return pool.preparedQuery("""
                select webinar_id from webinar_listing
                 where programme_id = $1 and topic = $2 and status = 'SCHEDULED' and webinar_id <> $3
                   and starts_at > $4 and starts_at + make_interval(mins => duration_minutes) > $5
                   and (group_id is null or group_id = $6)
                 order by starts_at, webinar_id limit 1""")
                .execute(Tuple.from(java.util.Arrays.asList(webinar.programmeId(), webinar.topic(),
                        webinar.webinarId(), webinar.startsAt().atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC),
                        webinar.groupId())))
                .map(rows -> rows.size() == 0 ? Optional.<UUID>empty()
                        : Optional.of(rows.iterator().next().getUUID("webinar_id")));
    }

    /**
     * Webinars that are over (ended or cancelled), started at most {@code lookBack} ago, still have OPEN questions
     * with votes, and have somewhere to carry them (a next webinar on the topic, or a known group coach): what the
     * sweeper carries over.
     */
    public Uni<List<UUID>> overWithOpenVotedQuestions(Instant now, java.time.Duration lookBack, int limit) {
        return pool.preparedQuery("""
                select w.webinar_id from webinar_listing w
                 where (w.status = 'CANCELLED' or w.starts_at + make_interval(mins => w.duration_minutes) <= $1)
                   and w.starts_at > $2
                   and exists (select 1 from question_view q
                                where q.webinar_id = w.webinar_id and q.status = 'OPEN' and q.votes > 0)
                   and (exists (select 1 from webinar_listing n
                                 where n.programme_id = w.programme_id and n.topic = w.topic
                                   and n.status = 'SCHEDULED' and n.webinar_id <> w.webinar_id
                                   and n.starts_at > w.starts_at
                                   and n.starts_at + make_interval(mins => n.duration_minutes) > $1
                                   and (n.group_id is null or n.group_id = w.group_id))
                        or exists (select 1 from audience_group g where g.group_id = w.group_id))
                 order by w.starts_at, w.webinar_id limit $3""")
                .execute(Tuple.of(now.atOffset(ZoneOffset.UTC), now.minus(lookBack).atOffset(ZoneOffset.UTC), limit))
                .map(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    for (Row row : rows) {
                        ids.add(row.getUUID("webinar_id"));
                    }
                    return ids;
                });
    }

    private static List<QuestionView> views(RowSet<Row> rows) {
        List<QuestionView> views = new ArrayList<>();
        for (Row row : rows) {
            views.add(new QuestionView(row.getUUID("question_id"), row.getUUID("webinar_id"),
                    row.getUUID("asked_by"), row.getString("text"), row.getString("status"),
                    row.getString("answer"), row.getInteger("votes"), row.getOffsetDateTime("asked_at").toInstant(),
                    row.getUUID("carried_over_from"), row.getUUID("carried_to_coach")));
        }
        return views;
    }
}
