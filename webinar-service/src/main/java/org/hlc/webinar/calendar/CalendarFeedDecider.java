package org.hlc.webinar.calendar;

import java.util.List;
import org.hlc.platform.eventstore.Decider;
import org.hlc.webinar.calendar.CalendarFeedCommand.Issue;
import org.hlc.webinar.calendar.CalendarFeedCommand.Revoke;
import org.hlc.webinar.calendar.CalendarFeedEvent.CalendarFeedIssued;
import org.hlc.webinar.calendar.CalendarFeedEvent.CalendarFeedRevoked;

/** Issuing always rotates (the previous address dies); revoking a feed that has no address records nothing. */
public class CalendarFeedDecider implements Decider<CalendarFeedCommand, CalendarFeedEvent, CalendarFeed> {

    @Override
    public CalendarFeed initialState() {
        return CalendarFeed.NONE;
    }

    @Override
    public CalendarFeed evolve(CalendarFeed state, CalendarFeedEvent event) {
        if (event instanceof CalendarFeedIssued e) {
            return new CalendarFeed(e.personId(), e.tokenSha256(), e.issuedAt());
        }
        if (event instanceof CalendarFeedRevoked e) {
            return new CalendarFeed(e.personId(), null, null);
        }
        return state;
    }

    @Override
    public List<CalendarFeedEvent> decide(CalendarFeedCommand command, CalendarFeed state) {
        if (command instanceof Issue c) {
            return List.of(new CalendarFeedIssued(c.personId(), c.tokenSha256(), c.now()));
        }
        if (command instanceof Revoke c) {
            return state.active() ? List.of(new CalendarFeedRevoked(c.personId(), c.now())) : List.of();
        }
        throw new IllegalArgumentException("unknown command " + command);
    }
}
