package org.hlc.award.revision;

import java.time.Instant;
import java.util.UUID;
import org.hlc.award.edition.Timeline;

/** Commands carry what the rules need (applicant, semi-finalist status, timeline) so the decider does no I/O. */
public sealed interface RevisionCommand {

    record SubmitRevision(UUID entryId, UUID editionId, String applicantSubject, boolean semiFinalist, String caller,
            Timeline timeline, String text, Instant now) implements RevisionCommand {
    }

    record ExtendDeadline(UUID entryId, UUID editionId, boolean semiFinalist, Timeline timeline, Instant deadline,
            String reason, String grantedBy, Instant now) implements RevisionCommand {
    }
}
