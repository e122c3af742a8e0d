package org.hlc.award.revision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The revised versions of one entry's proposal and its deadline extension, folded from its stream. */
public record Revisions(UUID entryId, List<Version> versions, Extension extension) {
    public static final Revisions NONE = new Revisions(null, List.of(), null);

    public record Version(int version, String text, Instant submittedAt) {
    }

    public record Extension(Instant deadline, String reason, String grantedBy, Instant grantedAt) {
    }

    /** The latest revised version, if any (version 1, the original, is the entry itself). */
    public Optional<Version> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public int latestVersion() {
        return versions.size() + 1;
    }

    Revisions with(Version version) {
        List<Version> all = new ArrayList<>(versions);
        all.add(version);
        return new Revisions(entryId, List.copyOf(all), extension);
    }

    Revisions with(UUID id, Extension newExtension) {
        return new Revisions(id, versions, newExtension);
    }
}
