package org.hlc.learning.assignment;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.learning.programme.ProgrammeService;
import org.hlc.platform.http.Ids;
import org.hlc.platform.security.RequestContext;

@Path("/programmes/{programmeId}/assignments")
@Tag(name = "Assignments")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ProgrammeAssignmentsResource {
    private static final String EXAMPLE = """
            [{"id": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f", "moduleId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
              "title": "Your revenue model on one page", "dueAt": "2015-03-06T17:00:00Z",
              "dueLocal": {"timeZone": "Asia/Kolkata", "dateTime": "2015-03-06T22:30+05:30"}}]""";

    private final Pool pool;
    private final ProgrammeService programmes;
    private final AssignmentService assignments;
    private final RequestContext caller;

    public ProgrammeAssignmentsResource(Pool pool, ProgrammeService programmes, AssignmentService assignments,
            RequestContext caller) {
        this.pool = pool;
        this.programmes = programmes;
        this.assignments = assignments;
        this.caller = caller;
    }

    public record AssignmentItem(UUID id, UUID moduleId, String title, Instant dueAt,
            AssignmentView.LocalDue dueLocal) {
    }

    @GET
    @Operation(summary = "The programme's assignments by due instant, each due time also in the caller's zone",
            description = "From a read model of hlc.learning.events: a just-published assignment appears within "
                    + "moments; GET /assignments/{id} is immediate.")
    @APIResponse(responseCode = "200", description = "The assignments", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "one", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "Unknown programme")
    public Uni<List<AssignmentItem>> list(@PathParam("programmeId") String programmeId) {
        UUID id = Ids.uuid("programmeId", programmeId);
        return programmes.get(id).flatMap(programme -> assignments.zoneOf(caller)).flatMap(zone -> pool
                .preparedQuery("""
                        select assignment_id, module_id, title, due_at from assignment_ref where programme_id = $1
                         order by due_at, assignment_id""").execute(Tuple.of(id)).map(rows -> {
                    List<AssignmentItem> items = new ArrayList<>();
                    for (Row row : rows) {
                        Instant due = row.getOffsetDateTime("due_at").toInstant();
                        items.add(new AssignmentItem(row.getUUID("assignment_id"), row.getUUID("module_id"),
                                row.getString("title"), due, AssignmentView.LocalDue.of(due, zone)));
                    }
                    return items;
                }));
    }
}
