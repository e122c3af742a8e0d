package org.hlc.webinar.webinar.listing;

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

/** Webinars per programme, from hlc.webinar.events; every update is guarded by the stream version. */
@ApplicationScoped
public class WebinarListingProjection extends TableProjection {

    public WebinarListingProjection() {
        super("webinar-listing", List.of(Topics.WEBINAR), "webinar_listing");
        on("WebinarScheduled", this::scheduled);
        on("WebinarRescheduled", this::rescheduled);
        on("WebinarCancelled", (tx, e) -> update(tx, e, "status = 'CANCELLED', changed_at = $3", changedAt(e)));
        on("RecordingPublished", (tx, e) -> update(tx, e, "recording_url = $3, changed_at = $4",
                e.text("recordingUrl"), changedAt(e)));
        on("ParticipantRegistered", (tx, e) -> update(tx, e, "registered_count = registered_count + 1"));
        on("ParticipantWaitlisted", (tx, e) -> update(tx, e, "waitlist_count = waitlist_count + 1"));
        on("WaitlistPromoted", (tx, e) -> update(tx, e,
                "registered_count = registered_count + 1, waitlist_count = waitlist_count - 1"));
        on("RegistrationCancelled", (tx, e) -> update(tx, e, Boolean.parseBoolean(e.text("fromWaitlist"))
                ? "waitlist_count = waitlist_count - 1" : "registered_count = registered_count - 1"));
    }

    private Uni<Void> scheduled(SqlConnection tx, ConsumedEvent event) {
        return execute(tx, """
                insert into webinar_listing (webinar_id, programme_id, group_id, topic, title, host_id, starts_at,
                                             duration_minutes, capacity, join_url, status, version, changed_at)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'SCHEDULED', $11, $12)
                on conflict (webinar_id) do nothing""",
                event.uuid("webinarId"), event.uuid("programmeId"), event.uuid("groupId"), event.text("topic"),
                event.text("title"), event.uuid("hostId"), instant(event, "startsAt"),
                Integer.parseInt(event.text("durationMinutes")), Integer.parseInt(event.text("capacity")),
                event.text("joinUrl"), event.streamVersion(), changedAt(event));
    }

    private Uni<Void> rescheduled(SqlConnection tx, ConsumedEvent event) {
        return update(tx, event, "starts_at = $3, duration_minutes = $4, sequence = $5, changed_at = $6",
                instant(event, "startsAt"), Integer.parseInt(event.text("durationMinutes")),
                Integer.parseInt(event.text("sequence")), changedAt(event));
    }

    private static Uni<Void> update(SqlConnection tx, ConsumedEvent event, String assignments, Object... values) {
        Object[] parameters = new Object[2 + values.length];
        parameters[0] = event.uuid("webinarId");
        parameters[1] = event.streamVersion();
        System.arraycopy(values, 0, parameters, 2, values.length);
        return execute(tx, "update webinar_listing set " + assignments + ", version = $2"
                + " where webinar_id = $1 and version < $2", parameters);
    }

    /** When the calendar-relevant facts changed: the event's time. */
    private static OffsetDateTime changedAt(ConsumedEvent event) {
        return event.occurredAt().atOffset(ZoneOffset.UTC);
    }

    private static OffsetDateTime instant(ConsumedEvent event, String field) {
        return Instant.parse(event.text(field)).atOffset(ZoneOffset.UTC);
    }
}
