package org.hlc.learning.membership;

import java.util.UUID;

/** A coaching group as learning-service knows it; coachPersonId is null when the coach was erased. */
public record CoachingGroup(UUID groupId, String cohort, String name, UUID coachPersonId) {
}
