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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.platform.http.ResourceNotFoundException;
import org.hlc.platform.security.Roles;

@Path("/admin/projections")
@Tag(name = "Administration", description = "Read-model projections: lag and rebuild")
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
        ProjectionRunner runner = runners.runner(name)
                .orElseThrow(() -> new ResourceNotFoundException("projection", name));
        runner.requestRebuild();
        return Response.accepted(runner.status()).build();
    }
}
