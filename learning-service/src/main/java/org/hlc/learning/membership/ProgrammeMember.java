package org.hlc.learning.membership;

import java.util.UUID;

/** A learner of a programme, with their coaching group in the programme's cohort (null when in none). */
public record ProgrammeMember(UUID personId, String displayName, String timeZone, UUID groupId, String groupName) {
}
