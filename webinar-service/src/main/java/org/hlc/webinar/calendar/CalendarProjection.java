package org.hlc.webinar.calendar;

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
 * What personal calendar feeds need besides the webinar listing: who holds a seat (from this service's own topic)
 * and assignment deadlines (from learning's topic, tolerant reader: only ids, title and dueAt are read). Every
 * change is guarded by the version of the stream it came from.
 */
@ApplicationScoped
public class CalendarProjection extends TableProjection {

    public CalendarProjection() {
        super("calendar", List.of(Topics.WEBINAR, Topics.LEARNING), "calendar_registration", "calendar_assignment");
        on("ParticipantRegistered", (tx, e) -> seat(tx, e, true));
        on("WaitlistPromoted", (tx, e) -> seat(tx, e, true));
        on("RegistrationCancelled", (tx, e) -> seat(tx, e, false));
        on("AssignmentPublished", (tx, e) -> assignment(tx, e, 0));
        on("AssignmentDueDateChanged", (tx, e) -> assignment(tx, e, 1));
    }

    private static Uni<Void> seat(SqlConnection tx, ConsumedEvent event, boolean registered) {
        return execute(tx, """
                insert into calendar_registration (webinar_id, person_id, registered, version) values ($1, $2, $3, $4)
                on conflict (person_id, webinar_id) do update set registered = excluded.registered,
                       version = excluded.version where calendar_registration.version < excluded.version""",
                event.uuid("webinarId"), event.uuid("personId"), registered, event.streamVersion());
    }

    /** A due date change bumps the iCalendar SEQUENCE; one that arrives first (tolerant) starts at 1. */
    private static Uni<Void> assignment(SqlConnection tx, ConsumedEvent event, int bump) {
        return execute(tx, """
                insert into calendar_assignment (assignment_id, programme_id, title, due_at, sequence, changed_at,
                                                 version)
                values ($1, $2, $3, $4, $5, $6, $7)
                on conflict (assignment_id) do update set programme_id = excluded.programme_id,
                       title = excluded.title, due_at = excluded.due_at, changed_at = excluded.changed_at,
                       sequence = calendar_assignment.sequence + $5, version = excluded.version
                 where calendar_assignment.version < excluded.version""",
                event.uuid("assignmentId"), event.uuid("programmeId"), event.text("title"), instant(event, "dueAt"),
                bump, event.occurredAt().atOffset(ZoneOffset.UTC), event.streamVersion());
    }

    private static OffsetDateTime instant(ConsumedEvent event, String field) {
        return Instant.parse(event.text(field)).atOffset(ZoneOffset.UTC);
    }
}
