package org.hlc.award.entry;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryResponse(UUID id, UUID editionId, String applicantSubject, String title, String summary,
        String country, String category, List<TeamMember> teamMembers, List<String> links, String contactEmail,
        EntryStatus status, String reviewReason, Instant submittedAt, long version) {

    /** The applicant and organizers see everything; the public sees accepted entries without contact details. */
    static EntryResponse of(Entry entry, long version, boolean privileged) {
        EntryContent c = entry.content();
        return new EntryResponse(entry.entryId(), entry.editionId(), privileged ? entry.applicantSubject() : null,
                c.title(), c.summary(), c.country(), c.category(), c.teamMembers(), c.links(),
                privileged ? c.contactEmail() : null, entry.status(), privileged ? entry.reviewReason() : null,
                entry.submittedAt(), version);
    }
}
