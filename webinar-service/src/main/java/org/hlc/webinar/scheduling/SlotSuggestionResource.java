package org.hlc.webinar.scheduling;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.platform.http.Problem;
import org.hlc.platform.security.Roles;

@Path("/webinars/slot-suggestions")
@Tag(name = "Scheduling", description = "Finding start times that suit people across time zones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORGANIZER, Roles.EXPERT, Roles.COACH})
public class SlotSuggestionResource {
    private static final String SINGLE_EXAMPLE = """
            {"hostId": "0b6f3c1e-5d7a-4f2b-9c8e-1a2b3c4d5e6f", "audienceRole": "participant", "durationMinutes": 60,
             "from": "2026-12-07", "to": "2026-12-07", "granularityMinutes": 30, "limit": 5}""";
    private static final String SERIES_EXAMPLE = """
            {"hostId": "0b6f3c1e-5d7a-4f2b-9c8e-1a2b3c4d5e6f",
             "audiencePersonIds": ["5d1f6c8e-2a8b-4f7e-9d65-2b1c0e7a9f10", "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"],
             "durationMinutes": 60, "from": "2026-12-07", "to": "2026-12-16", "rangeTimeZone": "UTC",
             "granularityMinutes": 30, "mode": "SERIES"}""";
    private static final String PROBLEM_EXAMPLE = """
            {"type": "https://hlc.example.org/problems/host-unknown", "title": "Domain rule violated: host-unknown",
             "status": 422, "detail": "host 0b6f3c1e-5d7a-4f2b-9c8e-1a2b3c4d5e6f is not known to webinar-service",
             "rule": "host-unknown", "hostId": "0b6f3c1e-5d7a-4f2b-9c8e-1a2b3c4d5e6f"}""";

    private final SlotSuggestionService suggestions;

    public SlotSuggestionResource(SlotSuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @POST
    @Operation(summary = "Suggest start times across the audience's time zones",
            description = """
                    SINGLE: candidates ranked by how many people (host included) have the whole session inside their
                    local availability window (default 08:00-20:00), then host inside, then earliest; each lists who
                    is outside and everyone's local start and end. SERIES: one session per day of the range, chosen to
                    minimise the largest number of sessions any one person has outside their window (fairness figure
                    per person). Deterministic; zone rules (DST, +05:30, +05:45) from the IANA database. Computes,
                    stores nothing.""")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "single webinar, all participants", value = SINGLE_EXAMPLE),
            @ExampleObject(name = "ten-day series, rotating inconvenience", value = SERIES_EXAMPLE)}))
    @APIResponse(responseCode = "200", description = "Ranked candidates or a series plan")
    @APIResponse(responseCode = "400", description = "Invalid field, e.g. durationMinutes over 240 or to before from")
    @APIResponse(responseCode = "422", description = "Host or audience members unknown here",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "unknown host",
                    value = PROBLEM_EXAMPLE)))
    public Uni<SlotSuggestions> suggest(@Valid @NotNull SlotSuggestionRequest request) {
        return suggestions.suggest(request);
    }
}
