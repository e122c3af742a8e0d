package org.hlc.award.entry;

import java.time.Instant;
import java.util.UUID;

/** An entry's state, folded from its stream. */
public record Entry(UUID entryId, UUID editionId, String applicantSubject, EntryContent content, EntryStatus status,
        String reviewReason, Instant submittedAt) {

    public static final Entry NONE = new Entry(null, null, null, null, null, null, null);

    public boolean exists() {
        return entryId != null;
    }

    Entry with(EntryContent newContent) {
        return new Entry(entryId, editionId, applicantSubject, newContent, status, reviewReason, submittedAt);
    }

    Entry with(EntryStatus newStatus, String reason) {
        return new Entry(entryId, editionId, applicantSubject, content, newStatus, reason, submittedAt);
    }
}
