package org.hlc.webinar.questions;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.Cursors;
import org.hlc.platform.http.Ids;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;
import org.hlc.webinar.people.AudienceDirectory;

@Path("/coaches/{coachId}/carried-questions")
@Tag(name = "Q&A")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COACH, Roles.ORGANIZER})
public class CarriedQuestionsResource {
    private final QuestionQuery query;
    private final AudienceDirectory audience;
    private final RequestContext caller;

    public CarriedQuestionsResource(QuestionQuery query, AudienceDirectory audience, RequestContext caller) {
        this.query = query;
        this.audience = audience;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Questions carried over to a coach (coach: only their own; organizer: any)",
            description = "Unanswered questions with votes from a coaching group's webinar that had no next webinar on "
                    + "the same topic; status CARRIED_OVER, most votes first.")
    @APIResponse(responseCode = "200", description = "The questions, with the webinar they were asked in")
    @APIResponse(responseCode = "400", description = "Malformed coachId or limit")
    @APIResponse(responseCode = "403", description = "Another coach's questions")
    public Uni<List<QuestionView>> list(@PathParam("coachId") String coachId, @QueryParam("limit") Integer limit) {
        UUID id = Ids.uuid("coachId", coachId);
        int n = Cursors.limit(limit == null ? Cursors.MAX_LIMIT : limit);
        if (caller.hasRole(Roles.ORGANIZER)) {
            return query.carriedTo(id, n);
        }
        return audience.bySubject(caller.subject()).flatMap(person -> {
            if (person.isEmpty() || !person.get().personId().equals(id)) {
                throw new AccessDeniedException("a coach sees only the questions carried over to them");
            }
            return query.carriedTo(id, n);
        });
    }
}
