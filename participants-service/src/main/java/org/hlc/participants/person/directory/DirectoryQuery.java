package org.hlc.participants.person.directory;

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
import org.hlc.platform.http.InvalidInputException;

@ApplicationScoped
public class DirectoryQuery {
    private static final String PAGE = """
            select person_id, display_name, email, organisation, country, time_zone, roles, registered_at
              from people_directory
             where (registered_at, person_id) > ($1, $2)
             order by registered_at, person_id
             limit $3""";

    private final Pool pool;

    public DirectoryQuery(Pool pool) {
        this.pool = pool;
    }

    public static String cursorKey(DirectoryEntry entry) {
        return entry.registeredAt() + "|" + entry.id();
    }

    /** Emails are shown to organizers only: the list is community-wide. */
    public Uni<List<DirectoryEntry>> page(Optional<String> after, int fetch, boolean withEmail) {
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
        return pool.preparedQuery(PAGE).execute(Tuple.of(afterTime.atOffset(ZoneOffset.UTC), afterId, fetch))
                .map(rows -> {
                    List<DirectoryEntry> entries = new ArrayList<>();
                    for (Row row : rows) {
                        entries.add(new DirectoryEntry(row.getUUID("person_id"), row.getString("display_name"),
                                withEmail ? row.getString("email") : null, row.getString("organisation"),
                                row.getString("country"), row.getString("time_zone"),
                                Arrays.asList(row.getArrayOfStrings("roles")),
                                row.getOffsetDateTime("registered_at").toInstant()));
                    }
                    return entries;
                });
    }
}
