package org.hlc.participants.person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.platform.events.EventType;

/** Facts about a person, in the past tense. Payloads are the public contract on hlc.participants.events. */
public sealed interface PersonEvent {
    UUID personId();

    @EventType("PersonRegistered")
    record PersonRegistered(UUID personId, String subject, String displayName, String email, String country,
            String timeZone, List<String> roles, String registeredBy, Instant registeredAt) implements PersonEvent {
    }

    @EventType("ProfileUpdated")
    record ProfileUpdated(UUID personId, String displayName, String organisation, String country, String timeZone,
            String bio, Instant updatedAt) implements PersonEvent {
    }

    /** Written to the subject's reservation stream: one person per token subject, enforced by the stream id. */
    @EventType("SubjectClaimed")
    record SubjectClaimed(UUID personId, String subject) implements PersonEvent {
    }
}
