package org.hlc.webinar.people;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.OffsetDateTime;
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
    private final AudienceDirectory directory;
    private final Clock clock = Clock.systemUTC();

    public AudienceResource(AudienceDirectory directory) {
        this.directory = directory;
    }

    @GET
    @Path("/{personId}")
    @Operation(summary = "A person's name, zone, current local time and availability windows, as projected here")
    @APIResponse(responseCode = "200", description = "The audience member")
    @APIResponse(responseCode = "404", description = "Not (yet) known to this service")
    public Uni<AudienceMember> get(@PathParam("personId") String personId) {
        UUID id = Ids.uuid("personId", personId);
        return directory.byId(id).map(found -> {
            AudiencePerson person = found.orElseThrow(() -> new ResourceNotFoundException("audience member", personId));
            return new AudienceMember(id, person.displayName(), person.zone().getId(), person.roles(),
                    OffsetDateTime.now(clock.withZone(person.zone())), person.availability().toJson(),
                    person.version());
        });
    }
}
