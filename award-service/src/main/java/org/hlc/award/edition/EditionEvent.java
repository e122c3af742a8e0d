package org.hlc.award.edition;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.platform.events.EventType;

/** Facts about an edition (stream {@code edition-{editionId}}); payloads are the public award contract. */
public sealed interface EditionEvent {
    UUID editionId();

    @EventType("EditionCreated")
    record EditionCreated(UUID editionId, String name, int year, List<String> categories, List<PhaseWindow> phases,
            EditionRules rules, String createdBy, Instant createdAt) implements EditionEvent {
    }

    @EventType("TimelineChanged")
    record TimelineChanged(UUID editionId, List<PhaseWindow> phases, String changedBy, String reason,
            Instant changedAt) implements EditionEvent {
    }

    @EventType("ResultsPublished")
    record ResultsPublished(UUID editionId, String publishedBy, Instant publishedAt) implements EditionEvent {
    }

    @EventType("SemiFinalistsSelected")
    record SemiFinalistsSelected(UUID editionId, List<SemiFinalist> semiFinalists, String selectedBy,
            Instant selectedAt) implements EditionEvent {
    }
}
