package org.hlc.award.jury;

import java.util.List;
import java.util.UUID;

/** The jurors (token subjects) assigned to review one entry. */
public record Assignment(UUID entryId, List<String> jurorSubjects) {
    public Assignment {
        jurorSubjects = List.copyOf(jurorSubjects);
    }
}
