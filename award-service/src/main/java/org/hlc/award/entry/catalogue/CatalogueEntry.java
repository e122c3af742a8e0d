package org.hlc.award.entry.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An entry as listed: no contact details, no vote counts (those belong to the leaderboard). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatalogueEntry(UUID id, UUID editionId, String title, String summary, String country, String category,
        @JsonRawValue String teamMembers, List<String> links, String status, Instant submittedAt) {
}
