package org.hlc.award.entry;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Eligibility review; a rejection needs a reason")
public record ReviewRequest(
        @NotNull Decision decision,
        @Size(max = 1000) String reason) {

    public enum Decision {
        ACCEPT, REJECT
    }
}
