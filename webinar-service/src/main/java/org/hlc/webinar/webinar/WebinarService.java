package org.hlc.webinar.webinar;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.platform.eventstore.CommandHandler;
import org.hlc.platform.eventstore.CommandResult;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.eventstore.Folded;
import org.hlc.platform.eventstore.StreamConflictException;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.InvalidInputException;
import org.hlc.platform.http.ResourceNotFoundException;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;
import org.hlc.webinar.people.AudienceDirectory;
import org.hlc.webinar.people.AudiencePerson;
import org.hlc.webinar.webinar.WebinarCommand.HostFacts;

@ApplicationScoped
public class WebinarService {
    static final String STREAM_TYPE = "webinar";
    private static final WebinarDecider DECIDER = new WebinarDecider();
    /** Registrations race for the same stream; a lost race is simply decided again on the newer state. */
    private static final int REGISTRATION_RETRIES = 5;
    /** Who belongs to a whole-programme webinar's audience (participants-service has no per-programme enrolment). */
    private static final List<String> PROGRAMME_ROLES = List.of(Roles.PARTICIPANT, Roles.COACH, Roles.EXPERT);

    private final EventStore store;
    private final CommandHandler handler;
    private final AudienceDirectory audience;
    private final double attendanceShare;
    private final Clock clock = Clock.systemUTC();

    public WebinarService(EventStore store, CommandHandler handler, AudienceDirectory audience,
            @ConfigProperty(name = "hlc.webinar.attendance-share", defaultValue = "0.75") double attendanceShare) {
        this.store = store;
        this.handler = handler;
        this.audience = audience;
        this.attendanceShare = attendanceShare;
    }

    static String streamId(UUID webinarId) {
        return "webinar-" + webinarId;
    }

    public Uni<CommandResult<WebinarEvent, Webinar>> schedule(ScheduleWebinarRequest request, RequestContext caller) {
        UUID webinarId = UUID.randomUUID();
        String joinUrl = request.joinUrl();
        return audience.byId(request.hostId()).flatMap(host -> handler.handle(streamId(webinarId), STREAM_TYPE,
                DECIDER, new WebinarCommand.Schedule(webinarId, request.programmeId(), request.groupId(),
                        request.topic().strip(), request.title().strip(), request.hostId(),
                        host.map(h -> new HostFacts(h.hasRole(Roles.EXPERT))).orElse(null),
                        request.startsAt().toInstant(), request.durationMinutes(), request.capacity(), joinUrl,
                        request.waitlist() == null || request.waitlist(), caller.subject(), now()),
                Optional.empty(), caller.metadata()));
    }

    public Uni<CommandResult<WebinarEvent, Webinar>> reschedule(UUID webinarId, RescheduleWebinarRequest request,
            long ifMatch, RequestContext caller) {
        return asHostOrOrganizer(webinarId, caller, new WebinarCommand.Reschedule(request.startsAt().toInstant(),
                request.durationMinutes(), now()), ifMatch);
    }

    public Uni<CommandResult<WebinarEvent, Webinar>> cancel(UUID webinarId, CancelWebinarRequest request, long ifMatch,
            RequestContext caller) {
        return asHostOrOrganizer(webinarId, caller, new WebinarCommand.Cancel(request.reason().strip(), now()),
                ifMatch);
    }

    public Uni<CommandResult<WebinarEvent, Webinar>> publishRecording(UUID webinarId, RecordingRequest request,
            long ifMatch, RequestContext caller) {
        String url = request.recordingUrl();
        return asHostOrOrganizer(webinarId, caller, new WebinarCommand.PublishRecording(url, now()), ifMatch);
    }

    public Uni<CommandResult<WebinarEvent, Webinar>> register(UUID webinarId, RequestContext caller) {
        return self(caller).flatMap(person -> get(webinarId).flatMap(found -> inAudience(found.state(), person,
                caller).flatMap(member -> handler.handle(streamId(webinarId), STREAM_TYPE, DECIDER,
                        new WebinarCommand.Register(person.personId(), person.subject(), member, now()),
                        Optional.empty(), caller.metadata()))))
                .onFailure(StreamConflictException.class).retry().atMost(REGISTRATION_RETRIES);
    }

    /**
     * The audience rule: organizers and the host always; for a programme webinar everyone holding a programme role
     * (participant, coach, expert); for a group webinar the group's members and its coach (from the participants
     * events GroupCreated, MemberAdded, MemberMoved).
     */
    public Uni<Boolean> inAudience(Webinar webinar, AudiencePerson person, RequestContext caller) {
        if (caller.hasRole(Roles.ORGANIZER) || person.hasRole(Roles.ORGANIZER)
                || person.personId().equals(webinar.hostId())) {
            return Uni.createFrom().item(true);
        }
        if (webinar.groupId() == null) {
            return Uni.createFrom().item(PROGRAMME_ROLES.stream().anyMatch(person::hasRole));
        }
        return audience.belongsToGroup(person.personId(), webinar.groupId());
    }

    public Uni<CommandResult<WebinarEvent, Webinar>> cancelRegistration(UUID webinarId, RequestContext caller) {
        return self(caller).flatMap(person -> get(webinarId).flatMap(found -> handler.handle(streamId(webinarId),
                STREAM_TYPE, DECIDER, new WebinarCommand.CancelRegistration(person.personId(), now()),
                Optional.empty(), caller.metadata())))
                .onFailure(StreamConflictException.class).retry().atMost(REGISTRATION_RETRIES);
    }

    public Uni<CommandResult<WebinarEvent, Webinar>> recordAttendance(UUID webinarId, AttendanceRequest request,
            RequestContext caller) {
        List<Presence.Interval> intervals = request.intervals().stream()
                .map(s -> new Presence.Interval(s.joinedAt().toInstant(), s.leftAt().toInstant())).toList();
        return audience.byId(request.personId()).flatMap(person -> {
            if (person.isEmpty()) {
                throw new DomainRuleException("person-unknown", "person " + request.personId()
                        + " is not known to webinar-service", Map.of("personId", request.personId()));
            }
            return requireHostOrOrganizer(webinarId, caller).flatMap(found -> handler.handle(streamId(webinarId),
                    STREAM_TYPE, DECIDER, new WebinarCommand.RecordAttendance(request.personId(),
                            person.get().subject(), intervals, attendanceShare, now()),
                    Optional.empty(), caller.metadata()));
        }).onFailure(StreamConflictException.class).retry().atMost(REGISTRATION_RETRIES);
    }

    public Uni<Folded<Webinar>> get(UUID webinarId) {
        return store.load(streamId(webinarId), DECIDER.initialState(),
                (state, event) -> DECIDER.evolve(state, (WebinarEvent) event)).map(folded -> {
                    if (!folded.exists()) {
                        throw new ResourceNotFoundException("webinar", webinarId.toString());
                    }
                    return folded;
                });
    }

    /** The zone to show times in: {@code tz} when given, else the caller's profile zone, else UTC. */
    public Uni<CallerView> view(String tz, RequestContext caller) {
        Optional<ZoneId> asked = Optional.empty();
        if (tz != null) {
            if (!ZoneId.getAvailableZoneIds().contains(tz)) {
                throw new InvalidInputException("tz", "must be an IANA time zone id such as Africa/Nairobi");
            }
            asked = Optional.of(ZoneId.of(tz));
        }
        Optional<ZoneId> explicit = asked;
        return audience.bySubject(caller.subject()).map(person -> new CallerView(
                explicit.orElseGet(() -> person.map(AudiencePerson::zone).orElse(ZoneOffset.UTC)),
                person.map(AudiencePerson::personId).orElse(null)));
    }

    /** Who is asking: their zone for display and their person id (null when not in the audience read model). */
    public record CallerView(ZoneId zone, UUID personId) {
    }

    private Uni<CommandResult<WebinarEvent, Webinar>> asHostOrOrganizer(UUID webinarId, RequestContext caller,
            WebinarCommand command, long ifMatch) {
        return requireHostOrOrganizer(webinarId, caller).flatMap(found -> handler.handle(streamId(webinarId),
                STREAM_TYPE, DECIDER, command, Optional.of(ifMatch), caller.metadata()));
    }

    private Uni<Folded<Webinar>> requireHostOrOrganizer(UUID webinarId, RequestContext caller) {
        return get(webinarId).flatMap(found -> {
            if (caller.hasRole(Roles.ORGANIZER)) {
                return Uni.createFrom().item(found);
            }
            return audience.bySubject(caller.subject()).map(person -> {
                if (person.isEmpty() || !person.get().personId().equals(found.state().hostId())) {
                    throw new AccessDeniedException("only the webinar's host or an organizer may do this");
                }
                return found;
            });
        });
    }

    private Uni<AudiencePerson> self(RequestContext caller) {
        return audience.bySubject(caller.subject()).map(person -> person.orElseThrow(() -> new DomainRuleException(
                "person-unknown", "your account (" + caller.subject() + ") is not known to webinar-service yet; "
                        + "register with participants-service first")));
    }

    private Instant now() {
        return clock.instant();
    }
}
