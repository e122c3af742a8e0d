package org.hlc.webinar.webinar.listing;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hlc.platform.http.InvalidInputException;

@ApplicationScoped
public class WebinarListingQuery {
    private static final String PAGE = """
            select webinar_id, programme_id, group_id, topic, title, host_id, starts_at, duration_minutes, capacity,
                   registered_count, waitlist_count, join_url, recording_url, status, sequence
              from webinar_listing
             where programme_id = $1 and (starts_at, webinar_id) > ($2, $3)
             order by starts_at, webinar_id
             limit $4""";

    private final Pool pool;

    public WebinarListingQuery(Pool pool) {
        this.pool = pool;
    }

    public static String cursorKey(WebinarSummary summary) {
        return summary.startsAt() + "|" + summary.id();
    }

    public Uni<List<WebinarSummary>> page(UUID programmeId, Optional<String> after, int fetch, ZoneId zone) {
        Instant afterTime = Instant.EPOCH;
        UUID afterId = new UUID(0, 0);
        if (after.isPresent()) {
            String[] parts = after.get().split("\\|", 2);
            try {
                afterTime = Instant.parse(parts[0]);
                afterId = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw new InvalidInputException("cursor", "is not a cursor returned by this API");
            }
        }
        return pool.preparedQuery(PAGE)
                .execute(Tuple.of(programmeId, afterTime.atOffset(ZoneOffset.UTC), afterId, fetch)).map(rows -> {
                    List<WebinarSummary> items = new ArrayList<>();
                    for (Row row : rows) {
                        items.add(summary(row, zone));
                    }
                    return items;
                });
    }

    private static WebinarSummary summary(Row row, ZoneId zone) {
        Instant start = row.getOffsetDateTime("starts_at").toInstant();
        int duration = row.getInteger("duration_minutes");
        return new WebinarSummary(row.getUUID("webinar_id"), row.getUUID("programme_id"), row.getUUID("group_id"),
                row.getString("topic"), row.getString("title"), row.getUUID("host_id"), start, duration,
                zone.getId(), start.atZone(zone).toOffsetDateTime(),
                start.plusSeconds(60L * duration).atZone(zone).toOffsetDateTime(), row.getInteger("capacity"),
                row.getInteger("registered_count"), row.getInteger("waitlist_count"), row.getString("join_url"),
                row.getString("recording_url"), row.getString("status"), row.getInteger("sequence"));
    }
}
