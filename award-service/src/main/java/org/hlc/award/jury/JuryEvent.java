package org.hlc.award.jury;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.platform.events.EventType;

/**
 * Facts about an edition's jury. Stream {@code jury-{editionId}} holds everything but scores; each juror's score sheet
 * for one entry is its own stream {@code jury-score-{editionId}-{jurorSubject}-{entryId}} (so re-scoring has its own
 * ETag and jurors never contend with each other).
 */
public sealed interface JuryEvent {
    UUID editionId();

    @EventType("JurorAppointed")
    record JurorAppointed(UUID editionId, UUID personId, String jurorSubject, String appointedBy,
            Instant appointedAt) implements JuryEvent {
    }

    @EventType("RubricDefined")
    record RubricDefined(UUID editionId, List<Criterion> criteria, int scaleMin, int scaleMax, String definedBy,
            Instant definedAt) implements JuryEvent {
    }

    @EventType("JuryAssignmentsMade")
    record JuryAssignmentsMade(UUID editionId, int jurorsPerEntry, long seed, List<Assignment> assignments,
            String assignedBy, Instant assignedAt) implements JuryEvent {
    }

    @EventType("JuryConflictDeclared")
    record JuryConflictDeclared(UUID editionId, UUID entryId, String jurorSubject, String reason, String declaredBy,
            Instant declaredAt) implements JuryEvent {
    }

    /** The juror no longer reviews the entry; {@code replacementJurorSubject} null when nobody eligible was left. */
    @EventType("JurorRecused")
    record JurorRecused(UUID editionId, UUID entryId, String jurorSubject, String replacementJurorSubject,
            Instant recusedAt) implements JuryEvent {
    }

    @EventType("JuryScoresSubmitted")
    record JuryScoresSubmitted(UUID editionId, UUID entryId, String jurorSubject, List<CriterionScore> scores,
            String comment, Instant submittedAt) implements JuryEvent {
    }

    @EventType("JuryRoundClosed")
    record JuryRoundClosed(UUID editionId, String closedBy, Instant closedAt) implements JuryEvent {
    }

    @EventType("FinalistsSelected")
    record FinalistsSelected(UUID editionId, List<Finalist> finalists, String selectedBy, Instant selectedAt)
            implements JuryEvent {
    }

    @EventType("WinnersAnnounced")
    record WinnersAnnounced(UUID editionId, List<Winner> winners, String announcedBy, Instant announcedAt)
            implements JuryEvent {
    }
}
