package org.hlc.learning.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A programme (cohort) for the semi-finalists of one award edition")
public record CreateProgrammeRequest(
        @NotNull @Schema(description = "The award edition whose semi-finalists take part") UUID editionId,
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "must be lower-case letters, digits and "
                + "dashes, at most 40")
        @Schema(description = "The participants-service cohort whose coaching groups take part",
                example = "2015-programme")
        String cohort,
        @NotBlank @Size(max = 200) String title,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @Schema(description = "Defaults to week 1 learning from peers and experts, week 2 testing and prototyping")
        @Size(min = 1, max = 8) List<@Valid @NotNull Week> weeks) {
}
