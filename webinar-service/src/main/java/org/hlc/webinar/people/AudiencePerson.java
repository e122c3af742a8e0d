package org.hlc.webinar.people;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.hlc.webinar.scheduling.Attendee;
import org.hlc.webinar.scheduling.WeeklyAvailability;

/** A row of the audience read model, with its availability parsed (default when none is known). */
public record AudiencePerson(UUID personId, String subject, String displayName, ZoneId zone, List<String> roles,
        WeeklyAvailability availability, long version) {

    public Attendee attendee() {
        return new Attendee(personId, displayName, zone, availability);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
