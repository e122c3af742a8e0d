package org.hlc.award.semifinal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The semi-finalists the organizer confirms; an entry not in the proposal needs overrideReason")
public record SelectionRequest(@NotEmpty @Size(max = 100) List<@Valid @NotNull Choice> semiFinalists) {

    public record Choice(@NotNull UUID entryId, @Size(max = 1000) String overrideReason) {
    }
}
