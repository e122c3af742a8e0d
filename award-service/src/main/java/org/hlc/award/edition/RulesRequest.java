package org.hlc.award.edition;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Vote and selection rules; omitted values take the defaults shown")
public record RulesRequest(
        @Min(1) @Max(1000) @Schema(defaultValue = "10") Integer maxVotesPerVoter,
        @Min(1) @Max(100) @Schema(defaultValue = "20") Integer semiFinalists,
        @Min(1) @Max(100) @Schema(defaultValue = "2") Integer maxSemiFinalistsPerCountry) {

    EditionRules toRules() {
        return new EditionRules(maxVotesPerVoter == null ? 10 : maxVotesPerVoter,
                semiFinalists == null ? 20 : semiFinalists,
                maxSemiFinalistsPerCountry == null ? 2 : maxSemiFinalistsPerCountry);
    }
}
