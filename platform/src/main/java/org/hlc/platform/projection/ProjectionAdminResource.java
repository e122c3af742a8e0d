package org.hlc.platform.projection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.platform.http.ResourceNotFoundException;
import org.hlc.platform.security.Roles;

@Path("/admin/projections")
@Tag(name = "Administration", description = "Read-model projections: lag, rebuild, pause and resume")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANIZER)
public class ProjectionAdminResource {
    private final ProjectionRunners runners;

    public ProjectionAdminResource(ProjectionRunners runners) {
        this.runners = runners;
    }

    @GET
    @Operation(summary = "List projections with their state and lag (events on Kafka not yet applied)")
    public List<ProjectionStatus> list() {
        return runners.statuses();
    }

    @POST
    @Path("/{name}/rebuild")
    @Operation(summary = "Reset a read model and replay its topics from the beginning")
    @APIResponse(responseCode = "202", description = "Rebuild started; follow it through the lag")
    @APIResponse(responseCode = "404", description = "No projection with that name")
    public Response rebuild(@PathParam("name") String name) {
        return accepted(name, ProjectionRunner::requestRebuild);
    }

    @POST
    @Path("/{name}/pause")
    @Operation(summary = "Stop applying events to a read model until it is resumed (or the service restarts)",
            description = "The batch in flight commits; the lag keeps growing and is reported. A rebuild requested"
                    + " while paused resets the read model and replays once resumed.")
    @APIResponse(responseCode = "202", description = "Pausing; the state turns to paused")
    @APIResponse(responseCode = "404", description = "No projection with that name")
    public Response pause(@PathParam("name") String name) {
        return accepted(name, ProjectionRunner::pause);
    }

    @POST
    @Path("/{name}/resume")
    @Operation(summary = "Resume applying events to a paused read model")
    @APIResponse(responseCode = "202", description = "Resumed; follow the catch-up through the lag")
    @APIResponse(responseCode = "404", description = "No projection with that name")
    public Response resume(@PathParam("name") String name) {
        return accepted(name, ProjectionRunner::resume);
    }

    /** Hands the request to the named runner; 202 with its status as it is now (the runner acts on its next step). */
    private Response accepted(String name, Consumer<ProjectionRunner> request) {
        ProjectionRunner runner = runners.runner(name)
                .orElseThrow(() -> new ResourceNotFoundException("projection", name));
        request.accept(runner);
        return Response.accepted(runner.status()).build();
    }
}
