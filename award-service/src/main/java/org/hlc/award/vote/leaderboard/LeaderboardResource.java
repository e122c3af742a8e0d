package org.hlc.award.vote.leaderboard;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.award.edition.EditionService;
import org.hlc.award.support.PublicCaller;
import org.hlc.award.support.QueryParams;
import org.hlc.platform.http.Cursors;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.Problem;
import org.hlc.platform.http.ProblemException;
import org.hlc.platform.security.Roles;

/** Vote counts: organizers always; everyone else only once the organizer published the results. */
@Path("/editions/{editionId}/leaderboard")
@Tag(name = "Leaderboard", description = "Public-vote tallies, hidden until results are published")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class LeaderboardResource {
    private static final String HIDDEN = """
            {"type": "https://hlc.example.org/problems/results-not-published", "title": "Forbidden", "status": 403,
             "detail": "the results of this edition are not published yet"}""";

    private final LeaderboardQuery leaderboard;
    private final EditionService editions;
    private final PublicCaller caller;

    public LeaderboardResource(LeaderboardQuery leaderboard, EditionService editions, PublicCaller caller) {
        this.leaderboard = leaderboard;
        this.editions = editions;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Entries ranked by valid votes, optionally within a country or category")
    @APIResponse(responseCode = "200", description = "A page of the ranking with a next link when there are more")
    @APIResponse(responseCode = "403", description = "Results not published and the caller is not an organizer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "hidden",
                    value = HIDDEN)))
    public Uni<Response> ranked(@PathParam("editionId") String editionId,
            @Parameter(example = "KE") @QueryParam("country") String country,
            @Parameter(example = "Water") @QueryParam("category") String category,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit, @Context UriInfo uri) {
        UUID edition = Ids.uuid("editionId", editionId);
        QueryParams.country("country", country);
        int pageSize = Cursors.limit(limit);
        return visible(edition).flatMap(organizer -> leaderboard.ranked(edition, country, category,
                Cursors.decode(cursor), pageSize + 1, organizer))
                .map(rows -> Cursors.page(rows, pageSize, LeaderboardQuery::cursorKey, uri));
    }

    @GET
    @Path("/totals")
    @Operation(summary = "Valid votes per country or per category")
    @APIResponse(responseCode = "200", description = "Totals, largest first")
    @APIResponse(responseCode = "403", description = "Results not published and the caller is not an organizer")
    public Uni<Response> totals(@PathParam("editionId") String editionId,
            @Parameter(description = "country or category", example = "country") @QueryParam("by") String by) {
        UUID edition = Ids.uuid("editionId", editionId);
        LeaderboardQuery.Grouping grouping = by == null ? LeaderboardQuery.Grouping.country
                : QueryParams.enumValue("by", LeaderboardQuery.Grouping.class, by);
        return visible(edition).flatMap(ok -> leaderboard.totals(edition, grouping))
                .map(totals -> Response.ok(Map.of("by", grouping.name(), "items", totals)).build());
    }

    /** Resolves to whether the caller is an organizer; fails with 403 while results are hidden from them. */
    private Uni<Boolean> visible(UUID editionId) {
        return caller.identity().flatMap(identity -> editions.current(editionId).map(edition -> {
            boolean organizer = identity.hasRole(Roles.ORGANIZER);
            if (!edition.resultsPublished() && !organizer) {
                throw new ProblemException(403, "results-not-published", "Forbidden",
                        "the results of this edition are not published yet");
            }
            return organizer;
        }));
    }
}
