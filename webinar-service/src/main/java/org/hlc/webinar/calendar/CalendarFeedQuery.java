package org.hlc.webinar.calendar;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The VEVENTs of one person's feed, from the webinar listing, the seats and the assignment deadlines. */
@ApplicationScoped
public class CalendarFeedQuery {
    static final String DOMAIN = "@hlc.example.org";
    private static final int MAX_EVENTS = 500;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm");

    private final Pool pool;

    public CalendarFeedQuery(Pool pool) {
        this.pool = pool;
    }

    /**
     * Webinars the person holds a seat in or hosts (cancelled ones stay, as STATUS:CANCELLED with a higher SEQUENCE)
     * and, for a learner, assignment deadlines; everything from {@code since} on.
     */
    public Uni<List<ICalendar.Event>> events(UUID personId, boolean learner, ZoneId zone, Instant since) {
        Uni<List<ICalendar.Event>> webinars = pool.preparedQuery("""
                select w.webinar_id, w.title, w.topic, w.starts_at, w.duration_minutes, w.join_url, w.recording_url,
                       w.status, w.sequence, coalesce(w.changed_at, w.starts_at) as changed_at,
                       w.host_id = $1 as hosting
                  from webinar_listing w
                 where (w.host_id = $1 or exists (select 1 from calendar_registration r
                                                  where r.person_id = $1 and r.webinar_id = w.webinar_id
                                                    and r.registered))
                   and w.starts_at >= $2
                 order by w.starts_at, w.webinar_id limit $3""")
                .execute(Tuple.of(personId, since.atOffset(ZoneOffset.UTC), MAX_EVENTS)).map(rows -> {
                    List<ICalendar.Event> events = new ArrayList<>();
                    for (Row row : rows) {
                        events.add(webinar(row, zone));
                    }
                    return events;
                });
        if (!learner) {
            return webinars;
        }
        return webinars.flatMap(events -> pool.preparedQuery("""
                select assignment_id, title, due_at, sequence, changed_at from calendar_assignment
                 where due_at >= $1 order by due_at, assignment_id limit $2""")
                .execute(Tuple.of(since.atOffset(ZoneOffset.UTC), MAX_EVENTS)).map(rows -> {
                    List<ICalendar.Event> all = new ArrayList<>(events);
                    for (Row row : rows) {
                        all.add(deadline(row, zone));
                    }
                    return all;
                }));
    }

    private static ICalendar.Event webinar(Row row, ZoneId zone) {
        Instant start = row.getOffsetDateTime("starts_at").toInstant();
        Instant end = start.plusSeconds(60L * row.getInteger("duration_minutes"));
        boolean cancelled = "CANCELLED".equals(row.getString("status"));
        String joinUrl = row.getString("join_url");
        StringBuilder description = new StringBuilder();
        description.append(row.getBoolean("hosting") ? "You host this webinar" : "Webinar").append(" on ")
                .append(row.getString("topic")).append(".\n").append("Starts ")
                .append(LOCAL.format(start.atZone(zone))).append(" (").append(zone.getId()).append(").\n")
                .append("Join: ").append(joinUrl);
        if (row.getString("recording_url") != null) {
            description.append("\nRecording: ").append(row.getString("recording_url"));
        }
        return new ICalendar.Event("webinar-" + row.getUUID("webinar_id") + DOMAIN,
                row.getOffsetDateTime("changed_at").toInstant(), start, end,
                row.getInteger("sequence") + (cancelled ? 1 : 0), cancelled ? "CANCELLED" : "CONFIRMED",
                row.getString("title"), description.toString(), joinUrl, joinUrl, false);
    }

    private static ICalendar.Event deadline(Row row, ZoneId zone) {
        Instant due = row.getOffsetDateTime("due_at").toInstant();
        return new ICalendar.Event("assignment-" + row.getUUID("assignment_id") + DOMAIN,
                row.getOffsetDateTime("changed_at").toInstant(), due, null, row.getInteger("sequence"), "CONFIRMED",
                "Due: " + row.getString("title"), "Assignment deadline, " + LOCAL.format(due.atZone(zone)) + " ("
                        + zone.getId() + ").", null, null, true);
    }
}
