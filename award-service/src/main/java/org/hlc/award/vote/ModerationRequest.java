package org.hlc.award.vote;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hlc.award.vote.VoteCommand.Moderation;

@Schema(description = "Quarantine (reversible), invalidate (final) or reinstate one voter's vote for one entry")
public record ModerationRequest(
        @NotNull UUID entryId,
        @NotBlank @Size(max = 255) String voterSubject,
        @NotNull Moderation action,
        @NotBlank @Size(max = 1000) String reason) {
}
