package org.hlc.learning.progress;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.learning.roster.RosterQuery;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.Ids;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;

@Path("/progress")
@Tag(name = "Progress", description = "What each participant has done: submissions, reviews, feedback, posts, webinars")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ProgressResource {
    private final ProgressQuery progress;
    private final RosterQuery roster;
    private final RequestContext caller;

    public ProgressResource(ProgressQuery progress, RosterQuery roster, RequestContext caller) {
        this.progress = progress;
        this.roster = roster;
        this.caller = caller;
    }

    @GET
    @Path("/me")
    @Operation(summary = "The caller's own progress")
    @APIResponse(responseCode = "200", description = "Counts; webinar attendance comes from webinar-service events")
    @APIResponse(responseCode = "403", description = "Not on the roster")
    public Uni<Progress> mine() {
        return roster.bySubject(caller.subject()).flatMap(person -> progress.of(person.orElseThrow(
                () -> new AccessDeniedException("you are not on the programme roster")).personId()));
    }

    @GET
    @Path("/{personId}")
    @RolesAllowed({ Roles.ORGANIZER, Roles.COACH })
    @Operation(summary = "A participant's progress (coaches and organizers)")
    @APIResponse(responseCode = "200", description = "Counts (all zero for someone who has done nothing yet)")
    public Uni<Progress> of(@PathParam("personId") String personId) {
        UUID id = Ids.uuid("personId", personId);
        return progress.of(id);
    }
}
