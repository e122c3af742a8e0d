package org.hlc.learning.progress;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hlc.platform.events.Topics;
import org.hlc.platform.projection.ConsumedEvent;
import org.hlc.platform.projection.TableProjection;

/**
 * What each participant has done: material read, own submissions, reviews, feedback, posts and reflections (own
 * topic), plus webinar attendance (hlc.webinar.events AttendanceRecorded, contract in contracts/webinar).
 */
@ApplicationScoped
public class ProgressProjection extends TableProjection {

    public ProgressProjection() {
        super("progress", List.of(Topics.LEARNING, Topics.WEBINAR), "progress_submission", "progress_review",
                "progress_feedback", "progress_post", "progress_reflection", "progress_attendance",
                "progress_material");
        on("SubmissionVersionSubmitted", this::submitted);
        on("PeerReviewSubmitted", this::reviewed);
        on("CoachFeedbackGiven", this::feedback);
        on("PostWritten", this::posted);
        on("ReflectionAdded", this::reflected);
        on("AttendanceRecorded", this::attendance);
        on("MaterialRead", (tx, event) -> execute(tx, """
                insert into progress_material (material_id, person_id, programme_id, module_id) values ($1, $2, $3, $4)
                on conflict do nothing""", event.uuid("materialId"), event.uuid("personId"),
                event.uuid("programmeId"), event.uuid("moduleId")));
    }

    /** The latest version decides whether the submission counts as late. */
    private Uni<Void> submitted(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                insert into progress_submission (submission_id, person_id, assignment_id, late, version)
                values ($1, $2, $3, $4, $5)
                on conflict (submission_id) do update set late = excluded.late, version = excluded.version
                 where progress_submission.version < excluded.version""",
                event.uuid("submissionId"), event.uuid("personId"), event.uuid("assignmentId"),
                event.payload().path("late").asBoolean(), event.streamVersion());
    }

    private Uni<Void> reviewed(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                insert into progress_review (submission_id, reviewer_person_id, author_person_id)
                values ($1, $2, $3) on conflict do nothing""",
                event.uuid("submissionId"), event.uuid("reviewerPersonId"), event.uuid("authorPersonId"));
    }

    private Uni<Void> feedback(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                insert into progress_feedback (submission_id, stream_version, author_person_id)
                values ($1, $2, $3) on conflict do nothing""",
                event.uuid("submissionId"), event.streamVersion(), event.uuid("authorPersonId"));
    }

    private Uni<Void> posted(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                insert into progress_post (post_id, author_person_id) values ($1, $2) on conflict do nothing""",
                event.uuid("postId"), event.uuid("authorPersonId"));
    }

    private Uni<Void> reflected(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                insert into progress_reflection (reflection_id, author_person_id) values ($1, $2)
                on conflict do nothing""", event.uuid("reflectionId"), event.uuid("authorPersonId"));
    }

    /** A later recording for the same webinar and person supersedes an earlier one (webinar contract). */
    private Uni<Void> attendance(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                insert into progress_attendance (webinar_id, person_id, attended, present_minutes, recorded_at)
                values ($1, $2, $3, $4, $5)
                on conflict (webinar_id, person_id) do update
                   set attended = excluded.attended, present_minutes = excluded.present_minutes,
                       recorded_at = excluded.recorded_at
                 where progress_attendance.recorded_at < excluded.recorded_at""",
                event.uuid("webinarId"), event.uuid("personId"), event.payload().path("attended").asBoolean(),
                event.payload().path("presentMinutes").asInt(),
                Instant.parse(event.text("recordedAt")).atOffset(ZoneOffset.UTC));
    }
}
