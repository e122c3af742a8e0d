package org.hlc.award.vote;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A public vote for one accepted entry of the edition")
public record VoteRequest(@NotNull @Schema(example = "9a7c2e4b-1d3f-4a5b-8c6d-7e8f9a0b1c2d") UUID entryId) {
}
