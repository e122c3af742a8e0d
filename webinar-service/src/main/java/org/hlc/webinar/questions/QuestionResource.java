package org.hlc.webinar.questions;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.platform.eventstore.CommandResult;
import org.hlc.platform.http.Cursors;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.Problem;
import org.hlc.platform.http.Versions;
import org.hlc.platform.security.RequestContext;

@Path("/webinars/{webinarId}/questions")
@Tag(name = "Q&A", description = "Live questions: ask, upvote once, answered or hidden by the host")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class QuestionResource {
    private static final String FORBIDDEN_EXAMPLE = """
            {"type": "https://hlc.example.org/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "only the webinar's host or an organizer moderates its questions"}""";

    private static final String CARRY_EXAMPLE = """
            {"webinarId": "3f2c1a9e-6b1d-4c57-9a41-0d2f7e5b8c13", "toWebinarId": "9d3e2f1a-7b6c-4d5e-8f9a-0b1c2d3e4f5a",
             "carried": [{"questionId": "5d1f6c8e-2a8b-4f7e-9d65-2b1c0e7a9f10", "votes": 4}], "notCarried": 0}""";

    private final QuestionService questions;
    private final QuestionQuery query;
    private final RequestContext caller;

    public QuestionResource(QuestionService questions, QuestionQuery query, RequestContext caller) {
        this.questions = questions;
        this.query = query;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Ask a question (any audience member, until the webinar ends)",
            description = "The audience: for a programme webinar anyone with the participant, coach or expert role; "
                    + "for a group webinar the group's members and coach; the host and organizers always.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "question",
            value = "{\"text\": \"How do you measure impact with no budget for surveys?\"}")))
    @APIResponse(responseCode = "201", description = "Asked; Location set")
    @APIResponse(responseCode = "403", description = "Not in the webinar's audience")
    @APIResponse(responseCode = "404", description = "Unknown webinar")
    @APIResponse(responseCode = "422", description = "webinar-closed or person-unknown")
    public Uni<Response> ask(@PathParam("webinarId") String webinarId, @Valid @NotNull AskRequest request) {
        UUID id = Ids.uuid("webinarId", webinarId);
        return questions.ask(id, request, caller).map(result -> Response
                .created(URI.create("/webinars/" + id + "/questions/" + result.state().questionId()))
                .tag(Versions.etag(result.version())).entity(view(result)).build());
    }

    @GET
    @Operation(summary = "Questions by votes (most first, then oldest); hidden ones only for the host and organizers",
            description = "Read model fed from the event stream: a new question or vote shows up within moments. "
                    + "A question carried over from an earlier webinar on the topic has carriedOverFrom (that "
                    + "webinar's id) and keeps its votes.")
    @APIResponse(responseCode = "200", description = "The questions")
    public Uni<List<QuestionView>> list(@PathParam("webinarId") String webinarId, @QueryParam("limit") Integer limit) {
        UUID id = Ids.uuid("webinarId", webinarId);
        int n = Cursors.limit(limit == null ? Cursors.MAX_LIMIT : limit);
        return questions.moderates(id, caller).flatMap(moderator -> query.byVotes(id, moderator, n));
    }

    @PUT
    @Path("/{questionId}/upvote")
    @Operation(summary = "Upvote a question; a second upvote by the same person counts once")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "no body", value = "{}")))
    @APIResponse(responseCode = "200", description = "Your vote; changed=false when you had already upvoted")
    @APIResponse(responseCode = "403", description = "Not in the webinar's audience")
    @APIResponse(responseCode = "404", description = "Unknown webinar or question")
    public Uni<VoteResponse> upvote(@PathParam("webinarId") String webinarId,
            @PathParam("questionId") String questionId) {
        return questions.vote(Ids.uuid("webinarId", webinarId), Ids.uuid("questionId", questionId), true, caller);
    }

    @DELETE
    @Path("/{questionId}/upvote")
    @Operation(summary = "Withdraw your upvote")
    @APIResponse(responseCode = "200", description = "Your vote; changed=false when you had none")
    @APIResponse(responseCode = "404", description = "Unknown webinar or question")
    public Uni<VoteResponse> withdraw(@PathParam("webinarId") String webinarId,
            @PathParam("questionId") String questionId) {
        return questions.vote(Ids.uuid("webinarId", webinarId), Ids.uuid("questionId", questionId), false, caller);
    }

    @POST
    @Path("/{questionId}/answer")
    @Operation(summary = "Mark answered, with optional answer text (host or organizer)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "answer",
            value = "{\"answer\": \"Start with three indicators you already collect.\"}")))
    @APIResponse(responseCode = "200", description = "Answered")
    @APIResponse(responseCode = "403", description = "Not the host",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "not the host",
                    value = FORBIDDEN_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "question-hidden")
    public Uni<Response> answer(@PathParam("webinarId") String webinarId, @PathParam("questionId") String questionId,
            @Valid @NotNull AnswerRequest request) {
        return questions.answer(Ids.uuid("webinarId", webinarId), Ids.uuid("questionId", questionId), request, caller)
                .map(this::ok);
    }

    @POST
    @Path("/{questionId}/hiding")
    @Operation(summary = "Hide a question with a reason (host or organizer)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "off topic",
            value = "{\"reason\": \"Advertising, not a question\"}")))
    @APIResponse(responseCode = "200", description = "Hidden")
    @APIResponse(responseCode = "403", description = "Not the host")
    public Uni<Response> hide(@PathParam("webinarId") String webinarId, @PathParam("questionId") String questionId,
            @Valid @NotNull HideRequest request) {
        return questions.hide(Ids.uuid("webinarId", webinarId), Ids.uuid("questionId", questionId), request, caller)
                .map(this::ok);
    }

    @POST
    @Path("/carry-over")
    @Operation(summary = "Close the Q&A: carry unanswered questions with votes over (host or organizer)",
            description = "Once the webinar has ended or was cancelled, each OPEN question with at least one vote "
                    + "moves to the next scheduled webinar of the programme on the same topic (same group or whole "
                    + "programme), where it is listed with carriedOverFrom; when there is none and the webinar was for "
                    + "a coaching group, it goes to the group's coach (GET /coaches/{coachId}/carried-questions). "
                    + "Publishes QuestionCarriedOver per question; repeating it carries nothing twice. The service "
                    + "also does this by itself about once a minute for webinars that ended or were cancelled in the "
                    + "last 14 days (webinar.carry-over.interval); this endpoint closes the Q&A at once.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "no body", value = "{}")))
    @APIResponse(responseCode = "200", description = "What was carried where", content = @Content(
            examples = @ExampleObject(name = "to the next webinar", value = CARRY_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Not the host")
    @APIResponse(responseCode = "404", description = "Unknown webinar")
    @APIResponse(responseCode = "422", description = "webinar-not-over")
    public Uni<CarryOverResult> carryOver(@PathParam("webinarId") String webinarId) {
        return questions.carryOver(Ids.uuid("webinarId", webinarId), caller);
    }

    private Response ok(CommandResult<QuestionEvent, Question> result) {
        return Response.ok(view(result)).tag(Versions.etag(result.version())).build();
    }

    private static QuestionView view(CommandResult<QuestionEvent, Question> result) {
        Question q = result.state();
        return new QuestionView(q.questionId(), q.webinarId(), q.askedBy(), q.text(), q.status(), q.answer(), null, null,
                q.carriedOverFrom(), q.carriedToCoach());
    }
}
