package org.hlc.participants.groups.roster;

import java.util.List;
import java.util.UUID;

public record Roster(UUID groupId, String cohort, String name, String region, UUID coachPersonId,
        List<RosterMember> members) {
}
