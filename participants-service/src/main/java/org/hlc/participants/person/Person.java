package org.hlc.participants.person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.participants.person.profile.ProfileDetails;

/** A person's state, folded from their stream. */
public record Person(UUID personId, String subject, String displayName, String email, String organisation,
        String country, String timeZone, String bio, List<String> roles, Instant registeredAt,
        ProfileDetails details, List<UUID> entryIds, boolean erased) {

    public Person(UUID personId, String subject, String displayName, String email, String organisation,
            String country, String timeZone, String bio, List<String> roles, Instant registeredAt,
            ProfileDetails details, List<UUID> entryIds) {
        this(personId, subject, displayName, email, organisation, country, timeZone, bio, roles, registeredAt,
                details, entryIds, false);
    }

    /** What is left after erasure: identifiers and roles (counts rely on them), no personal data. */
    public Person erase() {
        return new Person(personId, subject, null, null, null, null, null, null, roles, registeredAt,
                ProfileDetails.EMPTY, entryIds, true);
    }

    public static final Person NONE = new Person(null, null, null, null, null, null, null, null, List.of(), null,
            ProfileDetails.EMPTY, List.of());

    public boolean exists() {
        return personId != null;
    }

    public boolean holds(String role) {
        return roles.contains(role);
    }
}
