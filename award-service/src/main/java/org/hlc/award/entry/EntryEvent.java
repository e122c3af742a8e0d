package org.hlc.award.entry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.platform.events.EventType;

/** Facts about an entry (stream {@code entry-{entryId}}); payloads are the public award contract. */
public sealed interface EntryEvent {
    UUID entryId();

    UUID editionId();

    @EventType("EntrySubmitted")
    record EntrySubmitted(UUID entryId, UUID editionId, String applicantSubject, String title, String summary,
            String country, String category, List<TeamMember> teamMembers, List<String> links, String contactEmail,
            Instant submittedAt) implements EntryEvent {
    }

    @EventType("EntryEdited")
    record EntryEdited(UUID entryId, UUID editionId, String title, String summary, String country, String category,
            List<TeamMember> teamMembers, List<String> links, String contactEmail, String editedBy, Instant editedAt)
            implements EntryEvent {
    }

    @EventType("EntryWithdrawn")
    record EntryWithdrawn(UUID entryId, UUID editionId, String withdrawnBy, String reason, Instant withdrawnAt)
            implements EntryEvent {
    }

    @EventType("EntryAccepted")
    record EntryAccepted(UUID entryId, UUID editionId, String reviewedBy, String reason, Instant reviewedAt)
            implements EntryEvent {
    }

    @EventType("EntryRejected")
    record EntryRejected(UUID entryId, UUID editionId, String reviewedBy, String reason, Instant reviewedAt)
            implements EntryEvent {
    }
}
