package org.hlc.webinar.scheduling;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.InvalidInputException;
import org.hlc.webinar.people.AudienceDirectory;
import org.hlc.webinar.people.AudiencePerson;

/** Reads the people from the audience read model and hands them to the pure planner. */
@ApplicationScoped
public class SlotSuggestionService {
    private final AudienceDirectory directory;

    public SlotSuggestionService(AudienceDirectory directory) {
        this.directory = directory;
    }

    public Uni<SlotSuggestions> suggest(SlotSuggestionRequest request) {
        boolean byIds = request.audiencePersonIds() != null;
        int given = (byIds ? 1 : 0) + (request.audienceGroupId() != null ? 1 : 0)
                + (request.audienceRole() != null ? 1 : 0);
        if (given != 1) {
            throw new InvalidInputException("audiencePersonIds",
                    "give exactly one of audiencePersonIds, audienceGroupId or audienceRole");
        }
        if (request.to().isBefore(request.from())) {
            throw new InvalidInputException("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(request.from(), request.to()) >= SlotSuggestionRequest.MAX_DAYS) {
            throw new InvalidInputException("to", "the range spans at most " + SlotSuggestionRequest.MAX_DAYS + " days");
        }
        List<UUID> wanted = byIds ? List.copyOf(new LinkedHashSet<>(request.audiencePersonIds())) : List.of();
        Uni<List<AudiencePerson>> audience = byIds ? directory.byIds(wanted)
                : request.audienceGroupId() != null ? directory.inGroup(request.audienceGroupId())
                : directory.withRole(request.audienceRole());
        return directory.byId(request.hostId()).flatMap(host -> audience.map(members -> {
            AudiencePerson hostPerson = host.orElseThrow(() -> new DomainRuleException("host-unknown",
                    "host " + request.hostId() + " is not known to webinar-service",
                    Map.of("hostId", request.hostId())));
            if (byIds && members.size() != wanted.size()) {
                Set<UUID> unknown = new LinkedHashSet<>(wanted);
                members.forEach(member -> unknown.remove(member.personId()));
                throw new DomainRuleException("audience-unknown", "some audience members are not known here",
                        Map.of("unknownPersonIds", List.copyOf(unknown)));
            }
            List<Attendee> attendees = new ArrayList<>();
            members.forEach(member -> attendees.add(member.attendee()));
            SlotQuery query = new SlotQuery(hostPerson.attendee(), attendees,
                    Duration.ofMinutes(request.durationMinutes()), request.from(), request.to(),
                    request.rangeTimeZone() == null ? ZoneOffset.UTC : ZoneId.of(request.rangeTimeZone()),
                    Duration.ofMinutes(request.granularityMinutes() == null ? 30 : request.granularityMinutes()));
            int people = query.everyone().size();
            if ("SERIES".equals(request.mode())) {
                return new SlotSuggestions("SERIES", people, null, SlotPlanner.planSeries(query));
            }
            return new SlotSuggestions("SINGLE", people,
                    SlotPlanner.suggest(query, request.limit() == null ? 10 : request.limit()), null);
        }));
    }
}
