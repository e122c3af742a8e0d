package org.hlc.participants.groups;

import java.util.UUID;

public record Group(UUID groupId, String cohort, String name, String region, UUID coachPersonId) {
    public static final Group NONE = new Group(null, null, null, null, null);

    public boolean exists() {
        return groupId != null;
    }
}
