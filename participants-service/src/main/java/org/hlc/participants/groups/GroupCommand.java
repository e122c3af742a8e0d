package org.hlc.participants.groups;

import java.time.Instant;
import java.util.UUID;

public sealed interface GroupCommand {

    record CreateGroup(UUID groupId, String cohort, String name, String region, UUID coachPersonId, String by,
            Instant now) implements GroupCommand {
    }

    record AddMember(String cohort, UUID personId, UUID groupId, String by, Instant now) implements GroupCommand {
    }

    record MoveMember(String cohort, UUID personId, UUID toGroupId, String by, Instant now) implements GroupCommand {
    }
}
