package org.hlc.award.revision;

import java.time.Instant;
import java.util.UUID;
import org.hlc.platform.events.EventType;

/**
 * Facts about a semi-finalist's revised proposal (stream {@code proposal-{entryId}}). Version 1 is the entry's
 * original text (its summary); each submission is the next version.
 */
public sealed interface RevisionEvent {
    UUID entryId();

    UUID editionId();

    /** @param deadline the deadline that applied (the phase's close, or the entry's extension) */
    @EventType("RevisedProposalSubmitted")
    record RevisedProposalSubmitted(UUID entryId, UUID editionId, String applicantSubject, int version, String text,
            Instant deadline, Instant submittedAt) implements RevisionEvent {
    }

    @EventType("ProposalDeadlineExtended")
    record ProposalDeadlineExtended(UUID entryId, UUID editionId, Instant deadline, String reason, String grantedBy,
            Instant grantedAt) implements RevisionEvent {
    }
}
