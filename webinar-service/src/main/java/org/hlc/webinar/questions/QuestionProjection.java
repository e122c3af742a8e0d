package org.hlc.webinar.questions;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hlc.platform.events.Topics;
import org.hlc.platform.projection.ConsumedEvent;
import org.hlc.platform.projection.TableProjection;

/**
 * Questions with their vote counts. Votes come from other streams than their question (and may arrive first), so
 * the count is always recomputed from question_vote rather than incremented.
 */
@ApplicationScoped
public class QuestionProjection extends TableProjection {
    private static final String RECOUNT = """
            update question_view set votes = (select count(*) from question_vote v
                                               where v.question_id = $1 and v.voted)
             where question_id = $1""";

    public QuestionProjection() {
        super("questions", List.of(Topics.WEBINAR), "question_view", "question_vote", "question_feed");
        on("QuestionAsked", (tx, e) -> asked(tx, e).chain(() -> feed(tx, e)));
        on("QuestionAnswered", (tx, e) -> execute(tx, """
                update question_view set status = 'ANSWERED', answer = $3, version = $2
                 where question_id = $1 and version < $2""", e.uuid("questionId"), e.streamVersion(), e.text("answer"))
                .chain(() -> feed(tx, e)));
        on("QuestionHidden", (tx, e) -> execute(tx, """
                update question_view set status = 'HIDDEN', version = $2 where question_id = $1 and version < $2""",
                e.uuid("questionId"), e.streamVersion()).chain(() -> feed(tx, e)));
        on("QuestionCarriedOver", (tx, e) -> carriedOver(tx, e).chain(() -> feed(tx, e)));
        on("QuestionUpvoted", (tx, e) -> vote(tx, e, true).chain(() -> feed(tx, e)));
        on("QuestionUpvoteWithdrawn", (tx, e) -> vote(tx, e, false).chain(() -> feed(tx, e)));
    }

    /** The question as it is after the event; a hidden question's text is not pushed. */
    private static Uni<Void> feed(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                insert into question_feed (event_id, webinar_id, kind, data)
                select $2, webinar_id, $3, jsonb_build_object('questionId', question_id, 'status', status,
                       'votes', votes, 'answer', answer, 'carriedOverFrom', carried_over_from,
                       'text', case when status = 'HIDDEN' then null else text end)::text
                  from question_view where question_id = $1
                on conflict (event_id) do nothing""",
                event.uuid("questionId"), event.eventId(), event.type().substring(event.type().lastIndexOf('.') + 1));
    }

    /** Moved to the next webinar on the topic (listed there, marked), or handed to the group's coach. */
    private static Uni<Void> carriedOver(SqlConnection tx, ConsumedEvent event) {
        OffsetDateTime at = Instant.parse(event.text("carriedAt")).atOffset(ZoneOffset.UTC);
        if (event.uuid("toWebinarId") != null) {
            return execute(tx, """
                    update question_view set webinar_id = $3, carried_over_from = $4, carried_at = $5, version = $2
                     where question_id = $1 and version < $2""", event.uuid("questionId"), event.streamVersion(),
                    event.uuid("toWebinarId"), event.uuid("webinarId"), at);
        }
        return execute(tx, """
                update question_view set status = 'CARRIED_OVER', carried_to_coach = $3, carried_at = $4, version = $2
                 where question_id = $1 and version < $2""", event.uuid("questionId"), event.streamVersion(),
                event.uuid("toCoachPersonId"), at);
    }

    private Uni<Void> asked(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                insert into question_view (question_id, webinar_id, asked_by, text, status, asked_at, version)
                values ($1, $2, $3, $4, 'OPEN', $5, $6) on conflict (question_id) do nothing""",
                event.uuid("questionId"), event.uuid("webinarId"), event.uuid("personId"), event.text("text"),
                Instant.parse(event.text("askedAt")).atOffset(ZoneOffset.UTC), event.streamVersion())
                .chain(() -> execute(tx, RECOUNT, event.uuid("questionId")));
    }

    private Uni<Void> vote(SqlConnection tx, ConsumedEvent event, boolean voted) {
        return execute(tx, """
                insert into question_vote (question_id, person_id, voted, version) values ($1, $2, $3, $4)
                on conflict (question_id, person_id) do update set voted = excluded.voted, version = excluded.version
                 where question_vote.version < excluded.version""",
                event.uuid("questionId"), event.uuid("personId"), voted, event.streamVersion())
                .chain(() -> execute(tx, RECOUNT, event.uuid("questionId")));
    }
}
