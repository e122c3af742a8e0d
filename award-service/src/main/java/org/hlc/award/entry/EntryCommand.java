package org.hlc.award.entry;

import java.time.Instant;
import java.util.UUID;
import org.hlc.award.edition.Timeline;

/** Commands carry the edition's timeline so the decider can check the phase window without I/O. */
public sealed interface EntryCommand {
    UUID entryId();

    record SubmitEntry(UUID entryId, UUID editionId, String applicantSubject, EntryContent content,
            Timeline timeline, Instant now) implements EntryCommand {
    }

    record EditEntry(UUID entryId, String editor, EntryContent content, Timeline timeline, Instant now)
            implements EntryCommand {
    }

    record WithdrawEntry(UUID entryId, String actor, boolean organizer, String reason, Instant now)
            implements EntryCommand {
    }

    record ReviewEntry(UUID entryId, boolean accept, String reviewer, String reason, Instant now)
            implements EntryCommand {
    }
}
