package org.hlc.webinar.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hlc.platform.events.DomainEventTypes;

@ApplicationScoped
public class WebinarEventTypes implements DomainEventTypes {
    @Override
    public List<Class<?>> eventClasses() {
        return List.of(WebinarEvent.WebinarScheduled.class, WebinarEvent.WebinarRescheduled.class,
                WebinarEvent.WebinarCancelled.class, WebinarEvent.RecordingPublished.class,
                WebinarEvent.ParticipantRegistered.class, WebinarEvent.ParticipantWaitlisted.class,
                WebinarEvent.RegistrationCancelled.class, WebinarEvent.WaitlistPromoted.class,
                WebinarEvent.AttendanceRecorded.class);
    }
}
