package org.hlc.award.entry;

import org.hlc.platform.validation.HttpUrl;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hlc.platform.validation.CountryCode;

@Schema(description = "An entry as the applicant writes it (submit, and the whole entry again for an edit)")
public record EntryRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 5000) String summary,
        @NotNull @CountryCode @Schema(example = "KE") String country,
        @NotBlank @Schema(description = "One of the edition's categories", example = "Water") String category,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull TeamMember> teamMembers,
        @Size(max = 10) List<@NotNull @Size(max = 500) @HttpUrl String> links,
        @NotBlank @Email @Size(max = 254) String contactEmail) {

    EntryContent toContent() {
        return new EntryContent(title.strip(), summary.strip(), country, category.strip(),
                teamMembers.stream().map(m -> new TeamMember(m.name().strip(),
                        m.role() == null || m.role().isBlank() ? null : m.role().strip())).toList(),
                links == null ? List.of() : links, contactEmail.strip().toLowerCase());
    }
}
