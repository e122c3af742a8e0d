package org.hlc.learning.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hlc.platform.events.EventType;

/** Facts about a programme (cohort), its modules and materials. Public contract on hlc.learning.events. */
public sealed interface ProgrammeEvent {
    UUID programmeId();

    @EventType("ProgrammeCreated")
    record ProgrammeCreated(UUID programmeId, UUID editionId, String title, LocalDate startsOn, LocalDate endsOn,
            List<Week> weeks, String createdBy, Instant createdAt) implements ProgrammeEvent {
    }

    @EventType("ModuleAdded")
    record ModuleAdded(UUID programmeId, UUID moduleId, int week, String topic, String title, Instant addedAt)
            implements ProgrammeEvent {
    }

    @EventType("MaterialAdded")
    record MaterialAdded(UUID programmeId, UUID moduleId, UUID materialId, String title, String markdown,
            List<String> links, Instant releaseAt, Instant addedAt) implements ProgrammeEvent {
    }
}
