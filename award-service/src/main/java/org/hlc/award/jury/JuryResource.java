package org.hlc.award.jury;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.award.jury.JuryRequests.AppointJurorRequest;
import org.hlc.award.jury.JuryRequests.AssignmentRequest;
import org.hlc.award.jury.JuryRequests.ConflictRequest;
import org.hlc.award.jury.JuryRequests.RubricRequest;
import org.hlc.award.jury.JuryRequests.ScoreRequest;
import org.hlc.award.jury.JuryViews.AssignmentView;
import org.hlc.award.jury.JuryViews.JurorView;
import org.hlc.award.jury.JuryViews.JuryView;
import org.hlc.award.jury.ranking.Ranking;
import org.hlc.platform.eventstore.CommandResult;
import org.hlc.platform.http.IdempotencyService;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.Problem;
import org.hlc.platform.http.Versions;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;

@Path("/editions/{editionId}/jury")
@Tag(name = "Jury", description = "Jurors, rubric, balanced assignment, conflicts of interest, blind scoring and the "
        + "jury ranking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JuryResource {
    private static final String RUBRIC_EXAMPLE = """
            {"scaleMin": 1, "scaleMax": 10,
             "criteria": [
               {"id": "impact", "name": "Social impact", "weight": 2},
               {"id": "feasibility", "name": "Feasibility", "weight": 1, "description": "Team, plan and money"}]}""";
    private static final String SCORE_EXAMPLE = """
            {"scores": {"impact": 8, "feasibility": 6}, "comment": "Strong pilot data; revenue model unclear"}""";
    private static final String SCORE_PROBLEM = """
            {"type": "https://hlc.example.org/problems/validation", "status": 400, "title": "Invalid request",
             "invalid-params": [{"name": "scores[impact]", "reason": "must be between 1 and 10"}]}""";
    private static final String WINDOW_PROBLEM = """
            {"type": "https://hlc.example.org/problems/outside-phase-window", "status": 422,
             "title": "Domain rule violated: outside-phase-window", "rule": "outside-phase-window",
             "phase": "JURY_REVIEW", "opensAt": "2027-01-05T00:00:00Z", "closesAt": "2027-01-25T00:00:00Z"}""";
    private static final String RANKING_DESCRIPTION = "raw = mean over the entry's counted sheets of the weighted "
            + "mean of criterion values; normalised = the same over z-scores, each juror's values standardised by "
            + "that juror's own mean and population standard deviation (all criteria of all their sheets; 0 when "
            + "constant). Counted sheets: by a juror assigned and not recused, complete, submitted no later than the "
            + "round closed. Tie-break: " + Ranking.TIE_BREAK + ". Deterministic: the same events always give the "
            + "same ranking.";

    private final JuryService jury;
    private final IdempotencyService idempotency;
    private final RequestContext caller;

    public JuryResource(JuryService jury, IdempotencyService idempotency, RequestContext caller) {
        this.jury = jury;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.JURY})
    @Operation(summary = "The jury of an edition: organizers see jurors, loads and every assignment; a juror sees "
            + "the rubric and only their own assigned entries")
    @APIResponse(responseCode = "200", description = "The jury; ETag is the jury stream's version")
    @APIResponse(responseCode = "403", description = "A jury-role caller not appointed to this edition")
    @APIResponse(responseCode = "404", description = "Unknown edition")
    public Uni<Response> get(@PathParam("editionId") String editionId) {
        UUID edition = Ids.uuid("editionId", editionId);
        return jury.get(edition).map(folded -> Response.ok(view(edition, folded.state(), folded.version()))
                .tag(Versions.etag(folded.version())).build());
    }

    @POST
    @Path("/jurors")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Appoint a juror (JurorAppointed); the person must hold the jury role (see GET /jurors)",
            description = "Allowed until JURY_REVIEW closes and while the round is open. Repeating changes nothing.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "appoint",
            value = "{\"personId\": \"0b6f3c1e-5d7a-4f2b-9c8e-1a2b3c4d5e6f\"}")))
    @APIResponse(responseCode = "200", description = "The jury with the juror")
    @APIResponse(responseCode = "422", description = "Not a jury-role person (rule not-a-juror), or outside the "
            + "phase", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> appoint(@PathParam("editionId") String editionId, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotencyService.HEADER) String key, @Valid @NotNull AppointJurorRequest request) {
        UUID edition = Ids.uuid("editionId", editionId);
        return idempotency.execute(key, caller.subject() + " POST /editions/" + edition + "/jury/jurors", request,
                () -> jury.appoint(edition, request.personId(), Versions.ifMatch(ifMatch), caller).map(this::ok));
    }

    @PUT
    @Path("/rubric")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Define the rubric (RubricDefined): weighted criteria and the integer scale",
            description = "Weights > 0 (<= 100), criterion ids unique, 0 <= scaleMin < scaleMax <= 100. Can change "
                    + "until entries are assigned (then 409 rubric-locked). If-Match optional (jury ETag).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rubric", value = RUBRIC_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The jury with its rubric")
    @APIResponse(responseCode = "400", description = "e.g. criteria[1].weight must be greater than 0, scaleMax",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Entries already assigned")
    public Uni<Response> rubric(@PathParam("editionId") String editionId, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull RubricRequest request) {
        UUID edition = Ids.uuid("editionId", editionId);
        return jury.defineRubric(edition, request, Versions.ifMatch(ifMatch), caller).map(this::ok);
    }

    @POST
    @Path("/assignments")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Assign entries to jurors automatically (JuryAssignmentsMade), once per edition",
            description = "Entries: entryIds (accepted entries of the edition) or, when omitted, the semi-finalists "
                    + "(SemiFinalistsSelected). Each entry gets k jurors (default 3), the least-loaded eligible "
                    + "ones; ties broken by a juror order shuffled with the seed: deterministic. Loads differ by at "
                    + "most 1 unless declared conflicts force otherwise; jurors with a declared conflict for an "
                    + "entry are skipped.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "semi-finalists", value = "{\"k\": 3}"),
            @ExampleObject(name = "given entries", value = "{\"k\": 2, \"seed\": 42, \"entryIds\": "
                    + "[\"9a7c2e4b-1d3f-4a5b-8c6d-7e8f9a0b1c2d\"]}")}))
    @APIResponse(responseCode = "200", description = "The jury with its assignments")
    @APIResponse(responseCode = "409", description = "Already assigned")
    @APIResponse(responseCode = "422", description = "rubric-required, no-entries, not-enough-jurors, "
            + "not-enough-eligible-jurors, entry-not-eligible, outside-phase-window",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> assign(@PathParam("editionId") String editionId, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam(IdempotencyService.HEADER) String key, @Valid @NotNull AssignmentRequest request) {
        UUID edition = Ids.uuid("editionId", editionId);
        return idempotency.execute(key, caller.subject() + " POST /editions/" + edition + "/jury/assignments",
                request, () -> jury.assign(edition, request, Versions.ifMatch(ifMatch), caller).map(this::ok));
    }

    @POST
    @Path("/conflicts")
    @RolesAllowed({Roles.JURY, Roles.ORGANIZER})
    @Operation(summary = "Declare a conflict of interest (JuryConflictDeclared); an assigned juror is recused and "
            + "the entry goes to the least-loaded eligible juror (JurorRecused), so it keeps k jurors",
            description = "A juror declares for themself; an organizer may name jurorSubject. Before the assignment "
                    + "the declaration makes the allocator skip the pair. Repeating changes nothing.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "declare",
            value = "{\"entryId\": \"9a7c2e4b-1d3f-4a5b-8c6d-7e8f9a0b1c2d\", \"reason\": \"I advised this team\"}")))
    @APIResponse(responseCode = "200", description = "The jury as the caller may see it")
    @APIResponse(responseCode = "403", description = "Not an appointed juror of this edition")
    @APIResponse(responseCode = "422", description = "Round closed or JURY_REVIEW over",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> declareConflict(@PathParam("editionId") String editionId,
            @HeaderParam(IdempotencyService.HEADER) String key, @Valid @NotNull ConflictRequest request) {
        UUID edition = Ids.uuid("editionId", editionId);
        return idempotency.execute(key, caller.subject() + " POST /editions/" + edition + "/jury/conflicts", request,
                () -> jury.declareConflict(edition, request, caller).map(this::ok));
    }

    @GET
    @Path("/conflicts")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Declared conflicts and flagged likely ones (juror's country = entry's or applicant's "
            + "country, or juror's organisation = applicant's), per juror × entry in scope",
            description = "Scope: assigned entries, or the semi-finalists before the assignment, plus entries with "
                    + "a declaration. flags: same-country-as-entry, same-country-as-applicant, "
                    + "same-organisation-as-applicant. Flags are advice: only declarations recuse.")
    @APIResponse(responseCode = "200", description = "items: {entryId, entryTitle, jurorSubject, jurorPersonId, "
            + "jurorName, flags[], declared, declaredReason, assigned, recused}")
    public Uni<JuryViews.ConflictsView> conflicts(@PathParam("editionId") String editionId) {
        return jury.conflicts(Ids.uuid("editionId", editionId));
    }

    @PUT
    @Path("/scores/{entryId}")
    @RolesAllowed(Roles.JURY)
    @Operation(summary = "Score an assigned entry (JuryScoresSubmitted on the caller's sheet stream); re-scoring "
            + "replaces the sheet until the round closes",
            description = "Every criterion with a whole number within the scale. First sheet: no If-Match needed; "
                    + "re-scoring: If-Match with the sheet's ETag (428 without, 412 when stale).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "score", value = SCORE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The sheet; ETag is its version")
    @APIResponse(responseCode = "400", description = "A score outside the scale, missing or unknown criterion",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "scale",
                    value = SCORE_PROBLEM)))
    @APIResponse(responseCode = "403", description = "Entry not assigned to the caller, or the caller is recused")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "422", description = "Outside JURY_REVIEW, or round closed (jury-round-closed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "window",
                    value = WINDOW_PROBLEM)))
    @APIResponse(responseCode = "428", description = "Re-scoring without If-Match")
    public Uni<Response> score(@PathParam("editionId") String editionId, @PathParam("entryId") String entryId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ScoreRequest request) {
        UUID edition = Ids.uuid("editionId", editionId);
        UUID entry = Ids.uuid("entryId", entryId);
        return jury.submitScores(edition, entry, request, ifMatch, caller).map(sheet -> Response.ok(sheet)
                .tag(Versions.etag(sheet.version())).build());
    }

    @GET
    @Path("/scores")
    @RolesAllowed({Roles.ORGANIZER, Roles.JURY})
    @Operation(summary = "Score sheets. Blind: a juror sees only their own until the organizer closes the round; "
            + "organizers see all")
    @APIResponse(responseCode = "200", description = "{editionId, roundClosed, onlyOwn, items: [{entryId, "
            + "jurorSubject, scores: [{criterionId, value}], comment, submittedAt, version}]}")
    @APIResponse(responseCode = "403", description = "Not an organizer nor an appointed juror of this edition")
    public Uni<JuryViews.SheetsView> scores(@PathParam("editionId") String editionId) {
        return jury.sheets(Ids.uuid("editionId", editionId), caller);
    }

    @GET
    @Path("/scores/export")
    @RolesAllowed(Roles.ORGANIZER)
    @Produces("text/csv")
    @Operation(summary = "CSV export of the jury scores: one row per juror × entry × criterion (RFC 4180)",
            description = "Columns: edition_id, entry_id, entry_title, juror_subject, juror_name, criterion_id, "
                    + "criterion_name, weight, score, comment, submitted_at, sheet_version, counted")
    @APIResponse(responseCode = "200", description = "text/csv", content = @Content(mediaType = "text/csv",
            examples = @ExampleObject(name = "csv", value = "edition_id,entry_id,entry_title,juror_subject,"
                    + "juror_name,criterion_id,criterion_name,weight,score,comment,submitted_at,sheet_version,"
                    + "counted\r\n3f2c...,9a7c...,\"Maji Safi, water\",6c1d...,Ravi,impact,Social impact,2,8,"
                    + "\"Strong \"\"pilot\"\"\",2027-01-10T09:00:00Z,1,true\r\n")))
    public Uni<Response> export(@PathParam("editionId") String editionId) {
        UUID edition = Ids.uuid("editionId", editionId);
        return jury.csv(edition).map(csv -> Response.ok(csv, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"jury-scores-" + edition + ".csv\"").build());
    }

    @POST
    @Path("/round-closure")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "Close the scoring round (JuryRoundClosed): scores freeze and jurors see each other's",
            description = "Allowed once JURY_REVIEW has opened and entries are assigned. Repeating changes nothing.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "no body", value = "{}")))
    @APIResponse(responseCode = "200", description = "The jury, roundClosed true")
    @APIResponse(responseCode = "422", description = "Before JURY_REVIEW or nothing assigned",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Response> close(@PathParam("editionId") String editionId, @HeaderParam("If-Match") String ifMatch) {
        UUID edition = Ids.uuid("editionId", editionId);
        return jury.closeRound(edition, Versions.ifMatch(ifMatch), caller).map(this::ok);
    }

    @GET
    @Path("/ranking")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "The jury ranking: weighted mean, raw and normalised per juror (z-score)",
            description = RANKING_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "{editionId, roundClosed, tieBreak, items: [{rank, entryId, "
            + "title, country, raw, normalised, topScores, sheets}]}", content = @Content(examples = @ExampleObject(
                    name = "ranking", value = """
                            {"editionId": "3f2c1a9e-6b1d-4c57-9a41-0d2f7e5b8c13", "roundClosed": true,
                             "tieBreak": "normalised score desc, then raw score desc, ...",
                             "items": [{"rank": 1, "entryId": "9a7c2e4b-1d3f-4a5b-8c6d-7e8f9a0b1c2d",
                               "title": "Maji Safi", "country": "KE", "raw": 8.3333, "normalised": 0.9428,
                               "topScores": 2, "sheets": 3}]}""")))
    public Uni<JuryViews.RankingView> ranking(@PathParam("editionId") String editionId) {
        return jury.ranking(Ids.uuid("editionId", editionId));
    }

    private Response ok(CommandResult<JuryEvent, Jury> result) {
        return Response.ok(view(result.state().editionId(), result.state(), result.version()))
                .tag(Versions.etag(result.version())).build();
    }

    private JuryView view(UUID editionId, Jury state, long version) {
        boolean organizer = caller.hasRole(Roles.ORGANIZER);
        String me = caller.subject();
        if (!organizer && !state.isJuror(me)) {
            throw new org.hlc.platform.http.AccessDeniedException("you are not a juror of this edition");
        }
        UUID id = state.editionId() == null ? editionId : state.editionId();
        if (organizer) {
            List<JurorView> jurors = state.loads().entrySet().stream().map(e -> new JurorView(e.getKey(),
                    state.jurors().get(e.getKey()), e.getValue())).toList();
            List<AssignmentView> assignments = state.assignments().entrySet().stream().map(e -> new AssignmentView(
                    e.getKey(), e.getValue(), List.copyOf(state.recused().getOrDefault(e.getKey(), Set.of()))
                            .stream().sorted().toList())).toList();
            return new JuryView(id, version, jurors, state.rubric(), state.assigned() ? state.jurorsPerEntry() : null,
                    assignments, state.roundClosed(), state.closedAt(), state.finalists(), state.winners());
        }
        List<AssignmentView> mine = state.entriesOf(me).stream().map(e -> new AssignmentView(e, null, null))
                .toList();
        return new JuryView(id, version, null, state.rubric(), null, mine, state.roundClosed(), state.closedAt(),
                state.finalists(), state.winners());
    }
}
