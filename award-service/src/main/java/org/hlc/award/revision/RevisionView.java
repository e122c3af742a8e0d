package org.hlc.award.revision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An entry's proposal versions (1 = the entry's original summary), the text of the version shown and its diff against
 * the original.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RevisionView(UUID entryId, UUID editionId, String title, Instant deadline, Instant phaseClosesAt,
        Revisions.Extension extension, int latestVersion, List<VersionInfo> versions, Shown original, Shown shown,
        TextDiff.Diff diff, long streamVersion) {

    public record VersionInfo(int version, String kind, Instant submittedAt, int characters) {
    }

    public record Shown(int version, String text) {
    }
}
