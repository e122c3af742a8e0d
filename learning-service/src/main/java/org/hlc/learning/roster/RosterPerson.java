package org.hlc.learning.roster;

import java.time.ZoneId;
import java.util.UUID;

public record RosterPerson(UUID personId, String subject, String displayName, String timeZone, boolean learner,
        boolean coach) {

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
