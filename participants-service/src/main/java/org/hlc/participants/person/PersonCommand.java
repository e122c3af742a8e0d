package org.hlc.participants.person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.participants.person.profile.ProfileDetails;

public sealed interface PersonCommand {

    record RegisterPerson(UUID personId, String subject, String displayName, String email, String country,
            String timeZone, List<String> roles, String registeredBy, Instant now) implements PersonCommand {
    }

    record UpdateProfile(UUID personId, String displayName, String organisation, String country, String timeZone,
            String bio, ProfileDetails details, Instant now) implements PersonCommand {

        public UpdateProfile(UUID personId, String displayName, String organisation, String country, String timeZone,
                String bio, Instant now) {
            this(personId, displayName, organisation, country, timeZone, bio, ProfileDetails.EMPTY, now);
        }
    }

    record GrantRole(UUID personId, String role, String by, Instant now) implements PersonCommand {
    }

    record RevokeRole(UUID personId, String role, String by, Instant now) implements PersonCommand {
    }

    /** Links an award entry to the person; a repeated entry is no new fact. */
    record Invite(UUID personId, UUID entryId, UUID editionId, String entryTitle, Instant now)
            implements PersonCommand {
    }

    record ErasePerson(UUID personId, String by, Instant now) implements PersonCommand {
    }
}
