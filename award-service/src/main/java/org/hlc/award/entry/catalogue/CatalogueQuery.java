package org.hlc.award.entry.catalogue;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hlc.award.entry.EntryStatus;
import org.hlc.platform.http.InvalidInputException;

@ApplicationScoped
public class CatalogueQuery {
    private static final String PAGE = """
            select entry_id, edition_id, title, summary, country, category, team_members::text as team_members, links,
                   status, submitted_at
              from award_entry
             where edition_id = $1 and status = $2
               and ($3::text is null or country = $3)
               and ($4::text is null or category = $4)
               and ($5::text is null or title ilike $5 escape '\\' or summary ilike $5 escape '\\')
               and (submitted_at, entry_id) > ($6, $7)
             order by submitted_at, entry_id
             limit $8""";

    private final Pool pool;

    public CatalogueQuery(Pool pool) {
        this.pool = pool;
    }

    public record Filter(UUID editionId, EntryStatus status, String country, String category, String text) {
    }

    public static String cursorKey(CatalogueEntry entry) {
        return entry.submittedAt() + "|" + entry.id();
    }

    public Uni<List<CatalogueEntry>> page(Filter filter, Optional<String> after, int fetch) {
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
        String like = filter.text() == null || filter.text().isBlank() ? null
                : "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Tuple params = Tuple.from(Arrays.asList(filter.editionId(), filter.status().name(), filter.country(),
                blankToNull(filter.category()), like, afterTime.atOffset(ZoneOffset.UTC), afterId, fetch));
        return pool.preparedQuery(PAGE).execute(params).map(rows -> {
            List<CatalogueEntry> entries = new ArrayList<>();
            for (Row row : rows) {
                entries.add(new CatalogueEntry(row.getUUID("entry_id"), row.getUUID("edition_id"),
                        row.getString("title"), row.getString("summary"), row.getString("country"),
                        row.getString("category"), row.getString("team_members"),
                        Arrays.asList(row.getArrayOfStrings("links")), row.getString("status"),
                        row.getOffsetDateTime("submitted_at").toInstant()));
            }
            return entries;
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
