package org.hlc.award.vote.integrity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hlc.award.vote.VoteCommand.Moderation;

@Schema(description = "Quarantine (reversible), invalidate (final) or reinstate every vote a flag covers, with a reason")
public record FlagModerationRequest(@NotNull Moderation action, @NotBlank @Size(max = 900) String reason) {
}
