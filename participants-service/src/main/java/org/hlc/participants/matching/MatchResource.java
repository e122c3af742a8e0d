package org.hlc.participants.matching;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hlc.participants.matching.MatchRanking.Candidate;
import org.hlc.participants.matching.MatchRanking.Match;
import org.hlc.participants.person.Person;
import org.hlc.participants.person.PersonService;
import org.hlc.participants.person.profile.Audience;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.Ids;
import org.hlc.platform.http.InvalidInputException;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;

@Path("/participants/{id}/matches")
@Tag(name = "Peer matching", description = "Who can help whom, weighted by shared availability")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MatchResource {
    private final PersonService people;
    private final CandidateQuery candidates;
    private final RequestContext caller;
    private final Clock clock = Clock.systemUTC();

    public MatchResource(PersonService people, CandidateQuery candidates, RequestContext caller) {
        this.people = people;
        this.candidates = candidates;
        this.caller = caller;
    }

    public record Matches(UUID personId, LocalDate weekStart, List<Match> matches) {
    }

    @GET
    @Operation(summary = "Rank peers for a person (the person themself or an organizer)",
            description = "Matches when the peer can contribute what this person wants to learn or the reverse; "
                    + "score = shared tags × (1 + average daily overlap hours) over the reference week, computed "
                    + "in absolute time. Only what the caller may see of each peer is used.")
    @APIResponse(responseCode = "200", description = "Matches, best first, each with its reasons")
    @APIResponse(responseCode = "400", description = "week is not a Monday (yyyy-mm-dd) or limit out of range")
    @APIResponse(responseCode = "403", description = "Not your own matches")
    @APIResponse(responseCode = "404", description = "Unknown person")
    public Uni<Matches> matches(@PathParam("id") String id,
            @Parameter(description = "Monday of the reference week (default: the coming Monday)", example = "2015-03-23")
            @QueryParam("week") String week,
            @Parameter(description = "How many matches, 1–50 (default 10)") @QueryParam("limit") Integer limit) {
        UUID personId = Ids.uuid("id", id);
        LocalDate weekStart = weekStart(week);
        int max = limit == null ? 10 : limit;
        if (max < 1 || max > 50) {
            throw new InvalidInputException("limit", "must be between 1 and 50");
        }
        return people.get(personId).flatMap(folded -> {
            Person person = folded.state();
            if (!caller.hasRole(Roles.ORGANIZER) && !caller.subject().equals(person.subject())) {
                throw new AccessDeniedException("only the person themself or an organizer sees their matches");
            }
            Candidate me = new Candidate(personId, person.displayName(), ZoneId.of(person.timeZone()),
                    person.details().effectiveAvailability(), person.details().wantsToLearn(),
                    person.details().canContribute());
            return candidates.candidates(personId, Audience.general(caller), caller.subject())
                    .map(others -> {
                        List<Match> ranked = MatchRanking.rank(me, others, weekStart);
                        return new Matches(personId, weekStart, ranked.subList(0, Math.min(max, ranked.size())));
                    });
        });
    }

    private LocalDate weekStart(String week) {
        if (week == null) {
            return LocalDate.now(clock).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        }
        try {
            LocalDate date = LocalDate.parse(week);
            if (date.getDayOfWeek() == DayOfWeek.MONDAY) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new InvalidInputException("week", "must be a Monday as yyyy-mm-dd, e.g. 2015-03-23");
    }
}
