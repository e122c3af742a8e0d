package org.hlc.participants.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonResponse(UUID id, String subject, String displayName, String email, String organisation,
        String country, String timeZone, String bio, List<String> roles, Instant registeredAt, long version) {

    /** Email is personal: only the person themself and organizers see it. */
    static PersonResponse of(Person person, long version, boolean maySeeEmail) {
        return new PersonResponse(person.personId(), person.subject(), person.displayName(),
                maySeeEmail ? person.email() : null, person.organisation(), person.country(), person.timeZone(),
                person.bio(), person.roles(), person.registeredAt(), version);
    }
}
