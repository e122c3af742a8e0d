package org.hlc.award.people;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.platform.security.Roles;

@Path("/jurors")
@Tag(name = "Jury", description = "Jurors known to the award (projected from participants)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANIZER)
public class JurorResource {
    private final Pool pool;

    public JurorResource(Pool pool) {
        this.pool = pool;
    }

    public record Juror(UUID personId, String displayName, String country, String organisation) {
    }

    @GET
    @Operation(summary = "People holding the jury role, with the country and organisation used for conflict checks")
    public Uni<List<Juror>> jurors() {
        return pool.query("""
                select person_id, display_name, country, organisation from award_person
                 where roles @> array['jury'] order by display_name""").execute().map(rows -> {
                    List<Juror> jurors = new ArrayList<>();
                    for (Row row : rows) {
                        jurors.add(new Juror(row.getUUID("person_id"), row.getString("display_name"),
                                row.getString("country"), row.getString("organisation")));
                    }
                    return jurors;
                });
    }
}
