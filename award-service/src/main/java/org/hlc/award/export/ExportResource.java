package org.hlc.award.export;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.award.edition.EditionService;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.Problem;
import org.hlc.platform.security.Roles;

/**
 * Organizer CSV exports from the read models. Results-hidden rule: vote counts appear only in votes.csv, which only
 * organizers (who also see the leaderboard before publication) can fetch; entries.csv carries no counts. Both are
 * served with Cache-Control: no-store and X-Results-Published.
 */
@Path("/editions/{editionId}/exports")
@Tag(name = "Exports", description = "Organizer CSV exports (RFC 4180, UTF-8, header row, CRLF)")
@RolesAllowed(Roles.ORGANIZER)
public class ExportResource {
    static final String CSV = "text/csv; charset=UTF-8";
    private static final List<String> ENTRY_COLUMNS = List.of("entry_id", "status", "title", "summary", "country",
            "category", "applicant_subject", "team_members", "links", "submitted_at");
    private static final List<String> VOTE_COLUMNS = List.of("entry_id", "title", "country", "category",
            "entry_status", "valid_votes", "quarantined_votes", "invalid_votes", "flagged_votes");
    private static final String ENTRIES = """
            select entry_id, status, title, summary, country, category, applicant_subject, team_members, links,
                   submitted_at
              from award_entry where edition_id = $1 order by submitted_at, entry_id""";
    private static final String VOTES = """
            select e.entry_id, e.title, e.country, e.category, e.status,
                   count(v.vote_stream_id) filter (where v.status = 'VALID') as valid_votes,
                   count(v.vote_stream_id) filter (where v.status = 'QUARANTINED') as quarantined_votes,
                   count(v.vote_stream_id) filter (where v.status = 'INVALID') as invalid_votes,
                   (select count(distinct fv.vote_stream_id) from integrity_flag_vote fv
                      join integrity_vote iv on iv.vote_stream_id = fv.vote_stream_id
                     where iv.edition_id = e.edition_id and iv.entry_id = e.entry_id) as flagged_votes
              from award_entry e
              left join vote_status v on v.edition_id = e.edition_id and v.entry_id = e.entry_id
             where e.edition_id = $1
             group by e.entry_id
             order by valid_votes desc, e.submitted_at, e.entry_id""";
    private static final String ENTRIES_EXAMPLE = """
            entry_id,status,title,summary,country,category,applicant_subject,team_members,links,submitted_at
            9a7c2e4b-1d3f-4a5b-8c6d-7e8f9a0b1c2d,ACCEPTED,"Maji Safi, solar kiosks","Clean water, by the litre",KE,Water,7d2e9f3a-4b5c-4d6e-9f0a-1b2c3d4e5f60,Amina Njoroge (founder); Otieno Odhiambo,https://majisafi.example.org,2026-11-02T10:00:00Z
            """;
    private static final String VOTES_EXAMPLE = """
            entry_id,title,country,category,entry_status,valid_votes,quarantined_votes,invalid_votes,flagged_votes
            9a7c2e4b-1d3f-4a5b-8c6d-7e8f9a0b1c2d,Maji Safi,KE,Water,ACCEPTED,1204,131,12,143
            """;

    private final Pool pool;
    private final EditionService editions;

    public ExportResource(Pool pool, EditionService editions) {
        this.pool = pool;
        this.editions = editions;
    }

    @GET
    @Path("/entries.csv")
    @Produces(CSV)
    @Operation(summary = "Every entry of the edition with its status (no vote counts), oldest first (organizer)",
            description = "Columns: entry_id, status, title, summary, country, category, applicant_subject, "
                    + "team_members (\"name (role); name\"), links (space separated), submitted_at (ISO-8601 UTC).")
    @APIResponse(responseCode = "200", description = "text/csv with a header row",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=entries-{id}.csv"),
            content = @Content(mediaType = CSV, examples = @ExampleObject(name = "entries", value = ENTRIES_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Malformed editionId", content = @Content(
            mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown edition")
    public Uni<Response> entries(@PathParam("editionId") String editionId) {
        UUID edition = Ids.uuid("editionId", editionId);
        return editions.get(edition).flatMap(folded -> pool.preparedQuery(ENTRIES).execute(Tuple.of(edition))
                .map(rows -> {
                    StringBuilder csv = new StringBuilder(Csv.row(ENTRY_COLUMNS));
                    for (Row row : rows) {
                        csv.append(Csv.row(Arrays.asList(row.getUUID("entry_id"), row.getString("status"),
                                Csv.text(row.getString("title")), Csv.text(row.getString("summary")),
                                row.getString("country"), Csv.text(row.getString("category")),
                                row.getString("applicant_subject"), Csv.text(team(row.getJsonArray("team_members"))),
                                Csv.text(String.join(" ", row.getArrayOfStrings("links"))),
                                row.getOffsetDateTime("submitted_at").toInstant())));
                    }
                    return file(csv, "entries-" + edition + ".csv", folded.state().resultsPublished());
                }));
    }

    @GET
    @Path("/votes.csv")
    @Produces(CSV)
    @Operation(summary = "Votes per entry: valid, quarantined, invalid and flagged (organizer), most valid first",
            description = "Columns: entry_id, title, country, category, entry_status, valid_votes, quarantined_votes, "
                    + "invalid_votes, flagged_votes (votes covered by any integrity flag, whatever their status). "
                    + "Confidential until the results are published: organizers only, never cached.")
    @APIResponse(responseCode = "200", description = "text/csv with a header row",
            headers = @Header(name = "X-Results-Published", description = "true once the results are public"),
            content = @Content(mediaType = CSV, examples = @ExampleObject(name = "votes", value = VOTES_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Malformed editionId", content = @Content(
            mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "Unknown edition")
    public Uni<Response> votes(@PathParam("editionId") String editionId) {
        UUID edition = Ids.uuid("editionId", editionId);
        return editions.get(edition).flatMap(folded -> pool.preparedQuery(VOTES).execute(Tuple.of(edition))
                .map(rows -> {
                    StringBuilder csv = new StringBuilder(Csv.row(VOTE_COLUMNS));
                    for (Row row : rows) {
                        csv.append(Csv.row(Arrays.asList(row.getUUID("entry_id"), Csv.text(row.getString("title")),
                                row.getString("country"), Csv.text(row.getString("category")),
                                row.getString("status"), row.getLong("valid_votes"), row.getLong("quarantined_votes"),
                                row.getLong("invalid_votes"), row.getLong("flagged_votes"))));
                    }
                    return file(csv, "votes-" + edition + ".csv", folded.state().resultsPublished());
                }));
    }

    private static String team(JsonArray members) {
        List<String> names = new ArrayList<>();
        for (int i = 0; members != null && i < members.size(); i++) {
            JsonObject member = members.getJsonObject(i);
            String role = member.getString("role");
            names.add(member.getString("name") + (role == null ? "" : " (" + role + ")"));
        }
        return String.join("; ", names);
    }

    private static Response file(StringBuilder csv, String name, boolean resultsPublished) {
        return Response.ok(csv.toString(), CSV).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").header("X-Results-Published", resultsPublished).build();
    }
}
