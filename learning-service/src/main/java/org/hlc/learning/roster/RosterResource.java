package org.hlc.learning.roster;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/roster")
@Tag(name = "Roster", description = "Learners, coaches and experts of the programme (projected from participants)")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class RosterResource {
    private final Pool pool;

    public RosterResource(Pool pool) {
        this.pool = pool;
    }

    public record RosterEntry(UUID id, String displayName, String country, String timeZone, String role) {
    }

    @GET
    @Operation(summary = "Everyone taking part in the programme, by role and name")
    public Uni<List<RosterEntry>> roster() {
        return pool.query("""
                select person_id, display_name, country, time_zone,
                       case when coach then 'coach' when expert then 'expert' else 'learner' end as role
                  from roster_member where learner or coach or expert order by role, display_name""")
                .execute().map(rows -> {
                    List<RosterEntry> entries = new ArrayList<>();
                    for (Row row : rows) {
                        entries.add(new RosterEntry(row.getUUID("person_id"), row.getString("display_name"),
                                row.getString("country"), row.getString("time_zone"), row.getString("role")));
                    }
                    return entries;
                });
    }
}
