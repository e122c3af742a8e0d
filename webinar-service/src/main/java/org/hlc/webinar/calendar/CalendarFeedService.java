package org.hlc.webinar.calendar;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hlc.platform.eventstore.CommandHandler;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.ProblemException;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;
import org.hlc.webinar.people.AudienceDirectory;
import org.hlc.webinar.people.AudiencePerson;

@ApplicationScoped
public class CalendarFeedService {
    static final String STREAM_TYPE = "calendar-feed";
    private static final CalendarFeedDecider DECIDER = new CalendarFeedDecider();
    /** How far back the feed reaches. */
    static final Duration HISTORY = Duration.ofDays(90);

    private final EventStore store;
    private final CommandHandler handler;
    private final AudienceDirectory audience;
    private final CalendarFeedQuery query;
    private final Clock clock = Clock.systemUTC();

    public CalendarFeedService(EventStore store, CommandHandler handler, AudienceDirectory audience,
            CalendarFeedQuery query) {
        this.store = store;
        this.handler = handler;
        this.audience = audience;
        this.query = query;
    }

    static String streamId(UUID personId) {
        return "calendar-feed-" + personId;
    }

    /** A new secret address for the caller's feed; the previous one stops working at once. */
    public Uni<Issued> issue(RequestContext caller) {
        return self(caller).flatMap(person -> {
            String token = FeedTokens.issue(person.personId());
            return handler.handle(streamId(person.personId()), STREAM_TYPE, DECIDER,
                    new CalendarFeedCommand.Issue(person.personId(), FeedTokens.sha256(token), clock.instant()),
                    Optional.empty(), caller.metadata())
                    .map(result -> new Issued(person.personId(), token, result.state().issuedAt(), result.version()));
        });
    }

    public Uni<Long> revoke(RequestContext caller) {
        return self(caller).flatMap(person -> handler.handle(streamId(person.personId()), STREAM_TYPE, DECIDER,
                new CalendarFeedCommand.Revoke(person.personId(), clock.instant()), Optional.empty(),
                caller.metadata())).map(result -> result.version());
    }

    public Uni<CalendarFeed> status(RequestContext caller) {
        return self(caller).flatMap(person -> load(person.personId()));
    }

    /** The iCalendar text behind a token; 404 for a malformed, rotated or revoked token or an erased person. */
    public Uni<String> render(String token) {
        UUID personId = FeedTokens.personOf(token).orElseThrow(CalendarFeedService::notFound);
        return load(personId).flatMap(feed -> {
            if (!FeedTokens.matches(token, feed.tokenSha256())) {
                throw notFound();
            }
            return audience.byId(personId);
        }).flatMap(found -> {
            AudiencePerson person = found.orElseThrow(CalendarFeedService::notFound);
            return query.events(personId, person.hasRole(Roles.PARTICIPANT), person.zone(),
                    clock.instant().minus(HISTORY)).map(events -> ICalendar.render("hlc webinars and deadlines",
                            person.zone().getId(), events));
        });
    }

    private Uni<CalendarFeed> load(UUID personId) {
        return store.load(streamId(personId), DECIDER.initialState(),
                (state, event) -> DECIDER.evolve(state, (CalendarFeedEvent) event)).map(folded -> folded.state());
    }

    private Uni<AudiencePerson> self(RequestContext caller) {
        return audience.bySubject(caller.subject()).map(person -> person.orElseThrow(() -> new DomainRuleException(
                "person-unknown", "your account is not known to webinar-service yet")));
    }

    private static ProblemException notFound() {
        return new ProblemException(404, "not-found", "calendar feed not found",
                "no calendar feed at this address: it was rotated, revoked or never issued");
    }

    /** A freshly issued feed: {@code token} is shown this once. */
    public record Issued(UUID personId, String token, Instant issuedAt, long version) {
    }
}
