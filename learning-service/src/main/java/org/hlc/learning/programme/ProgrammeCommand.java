package org.hlc.learning.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public sealed interface ProgrammeCommand {

    record CreateProgramme(UUID programmeId, UUID editionId, String cohort, String title, LocalDate startsOn,
            LocalDate endsOn,
            List<Week> weeks, String createdBy, Instant now) implements ProgrammeCommand {
    }

    record AddModule(UUID moduleId, int week, String topic, String title, Instant now) implements ProgrammeCommand {
    }

    record AddMaterial(UUID moduleId, UUID materialId, String title, String markdown, List<String> links,
            Instant releaseAt, Instant now) implements ProgrammeCommand {
    }
}
