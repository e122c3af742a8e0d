package org.hlc.award.edition;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

public sealed interface EditionCommand {

    record CreateEdition(UUID editionId, String name, int year, List<String> categories, List<PhaseWindow> phases,
            EditionRules rules, String createdBy, Instant now) implements EditionCommand {
    }

    record ChangeTimeline(UUID editionId, List<PhaseWindow> phases, String changedBy, String reason, Instant now)
            implements EditionCommand {
    }

    record PublishResults(UUID editionId, String publishedBy, Instant now) implements EditionCommand {
    }

    /** {@code proposedEntryIds}: what the system proposed; anything else chosen needs an override reason. */
    record SelectSemiFinalists(UUID editionId, List<SemiFinalist> chosen, Set<UUID> proposedEntryIds,
            String selectedBy, Instant now) implements EditionCommand {
    }
}
