package org.hlc.webinar.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hlc.platform.events.DomainEventTypes;

@ApplicationScoped
public class CalendarEventTypes implements DomainEventTypes {
    @Override
    public List<Class<?>> eventClasses() {
        return List.of(CalendarFeedEvent.CalendarFeedIssued.class, CalendarFeedEvent.CalendarFeedRevoked.class);
    }
}
