package org.hlc.award.jury.conflicts;

import java.util.UUID;

/** A person as the award's people projection knows them. */
public record JuryPerson(UUID personId, String subject, String displayName, String country, String organisation,
        boolean juryRole) {
}
