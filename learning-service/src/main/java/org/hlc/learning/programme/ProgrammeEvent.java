package org.hlc.learning.programme;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hlc.platform.events.EventType;

/** Facts about a programme (cohort), its modules and materials. Public contract on hlc.learning.events. */
public sealed interface ProgrammeEvent {
    UUID programmeId();

    /** {@code cohort} was added later as an optional field: programmes created before it have none. */
    @EventType("ProgrammeCreated")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProgrammeCreated(UUID programmeId, UUID editionId, String title, LocalDate startsOn, LocalDate endsOn,
            List<Week> weeks, String createdBy, Instant createdAt, String cohort) implements ProgrammeEvent {
    }

    /**
     * A learner of the programme opened a released material for the first time. Stream
     * {@code material-read-{materialId}-{personId}}, appended expecting no stream: once per person and material.
     */
    @EventType("MaterialRead")
    record MaterialRead(UUID programmeId, UUID moduleId, UUID materialId, UUID personId, Instant readAt)
            implements ProgrammeEvent {
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
