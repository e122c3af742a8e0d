package org.hlc.participants.person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public sealed interface PersonCommand {

    record RegisterPerson(UUID personId, String subject, String displayName, String email, String country,
            String timeZone, List<String> roles, String registeredBy, Instant now) implements PersonCommand {
    }

    record UpdateProfile(UUID personId, String displayName, String organisation, String country, String timeZone,
            String bio, Instant now) implements PersonCommand {
    }
}
