package org.hlc.award.revision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The full text of the revised proposal (plain text, lines separated by \\n)")
public record RevisionRequest(@NotBlank @Size(max = 50_000) String text) {
}
