package org.hlc.participants.groups;

import java.time.Instant;
import java.util.UUID;
import org.hlc.platform.events.EventType;

/** Coaching-group facts. Group streams are {@code group-{id}}; memberships {@code membership-{cohort}-{person}}. */
public sealed interface GroupEvent {

    @EventType("GroupCreated")
    record GroupCreated(UUID groupId, String cohort, String name, String region, UUID coachPersonId,
            String createdBy, Instant createdAt) implements GroupEvent {
    }

    @EventType("MemberAdded")
    record MemberAdded(String cohort, UUID personId, UUID groupId, String addedBy, Instant addedAt)
            implements GroupEvent {
    }

    @EventType("MemberMoved")
    record MemberMoved(String cohort, UUID personId, UUID fromGroupId, UUID toGroupId, String movedBy,
            Instant movedAt) implements GroupEvent {
    }
}
