package org.hlc.learning.assignment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** An assignment as read by one person: the due instant also in that person's time zone. */
public record AssignmentView(UUID id, UUID programmeId, UUID moduleId, String title, String instructions,
        Instant dueAt, LocalDue dueLocal, List<RubricCriterion> rubric, boolean reviewsAllocated, long version) {

    /** @param dateTime the due instant as local date-time with offset in {@code timeZone} */
    public record LocalDue(String timeZone, String dateTime) {
        static LocalDue of(Instant instant, ZoneId zone) {
            return new LocalDue(zone.getId(), instant.atZone(zone).toOffsetDateTime().toString());
        }
    }

    static AssignmentView of(Assignment a, long version, ZoneId zone) {
        return new AssignmentView(a.assignmentId(), a.programmeId(), a.moduleId(), a.title(), a.instructions(),
                a.dueAt(), LocalDue.of(a.dueAt(), zone), a.rubric(), a.reviewsAllocated(), version);
    }
}
