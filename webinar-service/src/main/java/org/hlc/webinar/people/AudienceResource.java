package org.hlc.webinar.people;

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
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.ResourceNotFoundException;

@Path("/audience")
@Tag(name = "Audience", description = "People known to webinar-service (projected from participants events)")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AudienceResource {
    private final Pool pool;
    private final Clock clock = Clock.systemUTC();

    public AudienceResource(Pool pool) {
        this.pool = pool;
    }

    @GET
    @Path("/{personId}")
    @Operation(summary = "A person's name, zone and current local time, as projected here")
    @APIResponse(responseCode = "200", description = "The audience member")
    @APIResponse(responseCode = "404", description = "Not (yet) known to this service")
    public Uni<AudienceMember> get(@PathParam("personId") String personId) {
        UUID id = Ids.uuid("personId", personId);
        return pool.preparedQuery("""
                select person_id, display_name, time_zone, roles, version from audience_member where person_id = $1""")
                .execute(Tuple.of(id)).map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        throw new ResourceNotFoundException("audience member", personId);
                    }
                    Row row = rows.iterator().next();
                    String zone = row.getString("time_zone");
                    return new AudienceMember(id, row.getString("display_name"), zone,
                            Arrays.asList(row.getArrayOfStrings("roles")),
                            OffsetDateTime.now(clock.withZone(ZoneId.of(zone))), row.getLong("version"));
                });
    }
}
