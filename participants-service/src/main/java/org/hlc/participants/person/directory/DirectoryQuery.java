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
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hlc.participants.person.profile.ProfileField;
import org.hlc.participants.person.profile.Visibility;
import org.hlc.platform.http.InvalidInputException;

/**
 * Directory list and search. Visibility is applied twice: a filter only matches a field the caller may read (so a
 * search cannot reveal a hidden value), and hidden fields are left out of each entry.
 */
@ApplicationScoped
public class DirectoryQuery {
    private static final String COLUMNS = """
            select person_id, subject, display_name, email, organisation, country, time_zone, roles, registered_at,
                   initiative_name, region, languages, wants_to_learn, can_contribute, visibility::text as visibility
              from people_directory""";

    private final Pool pool;

    public DirectoryQuery(Pool pool) {
        this.pool = pool;
    }

    public static String cursorKey(DirectoryEntry entry) {
        return entry.registeredAt() + "|" + entry.id();
    }

    /** SQL for "the caller may read {@code field} of this row": $1 is the caller's subject, $2 the readable levels. */
    static String readable(ProfileField field) {
        return "(subject = $1 or coalesce(visibility->>'" + field.name() + "', '" + field.defaultVisibility().name()
                + "') = any($2))";
    }

    public Uni<List<DirectoryEntry>> page(Optional<String> after, int fetch, Visibility audience, String callerSubject,
            DirectoryFilter filter) {
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
        List<Object> params = new ArrayList<>(List.of(callerSubject, readableLevels(audience),
                afterTime.atOffset(ZoneOffset.UTC), afterId));
        StringBuilder sql = new StringBuilder(COLUMNS).append(" where (registered_at, person_id) > ($3, $4)");
        condition(sql, params, filter.country(), "country = $%d and " + readable(ProfileField.country));
        condition(sql, params, filter.region(), "region = $%d and " + readable(ProfileField.region));
        condition(sql, params, filter.timeZone(), "time_zone = $%d and " + readable(ProfileField.timeZone));
        condition(sql, params, filter.role(), "$%d = any(roles)");
        condition(sql, params, filter.tag() == null ? null : filter.tag().strip().toLowerCase(Locale.ROOT),
                "(($%1$d = any(wants_to_learn) and " + readable(ProfileField.wantsToLearn) + ") or ($%1$d = any("
                        + "can_contribute) and " + readable(ProfileField.canContribute) + "))");
        condition(sql, params, filter.text() == null ? null : "%" + escapeLike(filter.text().strip()) + "%",
                "(display_name ilike $%1$d or (organisation ilike $%1$d and " + readable(ProfileField.organisation)
                        + ") or (initiative_name ilike $%1$d and " + readable(ProfileField.initiativeName)
                        + ") or (initiative_summary ilike $%1$d and " + readable(ProfileField.initiativeSummary)
                        + ") or (bio ilike $%1$d and " + readable(ProfileField.bio) + "))");
        params.add(fetch);
        sql.append(" order by registered_at, person_id limit $").append(params.size());
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(params)).map(rows -> {
            List<DirectoryEntry> entries = new ArrayList<>();
            for (Row row : rows) {
                entries.add(entry(row, audience, callerSubject));
            }
            return entries;
        });
    }

    private static void condition(StringBuilder sql, List<Object> params, String value, String template) {
        if (value == null || value.isBlank()) {
            return;
        }
        params.add(value);
        sql.append(" and ").append(String.format(template, params.size()));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static String[] readableLevels(Visibility audience) {
        return Arrays.stream(Visibility.values()).filter(v -> v.readableBy(audience)).map(Enum::name)
                .toArray(String[]::new);
    }

    private static DirectoryEntry entry(Row row, Visibility audience, String callerSubject) {
        RowVisibility visible = new RowVisibility(row.getString("visibility"),
                callerSubject.equals(row.getString("subject")) ? Visibility.PRIVATE : audience);
        return new DirectoryEntry(row.getUUID("person_id"), row.getString("display_name"),
                visible.show(ProfileField.email, row.getString("email")),
                visible.show(ProfileField.organisation, row.getString("organisation")),
                visible.show(ProfileField.country, row.getString("country")),
                visible.show(ProfileField.timeZone, row.getString("time_zone")),
                Arrays.asList(row.getArrayOfStrings("roles")),
                row.getOffsetDateTime("registered_at").toInstant(),
                visible.show(ProfileField.initiativeName, row.getString("initiative_name")),
                visible.show(ProfileField.region, row.getString("region")),
                visible.show(ProfileField.languages, Arrays.asList(row.getArrayOfStrings("languages"))),
                visible.show(ProfileField.wantsToLearn, Arrays.asList(row.getArrayOfStrings("wants_to_learn"))),
                visible.show(ProfileField.canContribute, Arrays.asList(row.getArrayOfStrings("can_contribute"))));
    }
}
