package org.hlc.participants.groups;

import java.util.UUID;

/** Which group of one cohort a person is in; one stream per (cohort, person) makes it at most one. */
public record Membership(String cohort, UUID personId, UUID groupId) {
    public static final Membership NONE = new Membership(null, null, null);

    public boolean exists() {
        return groupId != null;
    }
}
