package org.hlc.participants.onboarding;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
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
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.ResourceNotFoundException;
import org.hlc.platform.security.Roles;

@Path("/invitations")
@Tag(name = "Onboarding", description = "Award semi-finalists invited as participants")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANIZER)
public class InvitationResource {
    private final Pool pool;

    public InvitationResource(Pool pool) {
        this.pool = pool;
    }

    @GET
    @Path("/{entryId}")
    @Operation(summary = "Which person an award entry's semi-finalist became (organizer)")
    @APIResponse(responseCode = "200", description = "The invitation")
    @APIResponse(responseCode = "404", description = "This entry has not been onboarded (yet)")
    public Uni<Invitation> get(@PathParam("entryId") String entryId) {
        UUID id = Ids.uuid("entryId", entryId);
        return pool.preparedQuery("select entry_id, person_id, edition_id, title from onboarded_entries "
                + "where entry_id = $1").execute(Tuple.of(id)).map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw new ResourceNotFoundException("invitation", entryId);
                    }
                    Row row = rows.iterator().next();
                    return new Invitation(row.getUUID("entry_id"), row.getUUID("person_id"),
                            row.getUUID("edition_id"), row.getString("title"));
                });
    }
}
