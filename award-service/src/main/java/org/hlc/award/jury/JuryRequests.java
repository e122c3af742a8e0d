package org.hlc.award.jury;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the jury API. */
public final class JuryRequests {
    private JuryRequests() {
    }

    @Schema(description = "Appoint a person holding the jury role (personId from GET /jurors)")
    public record AppointJurorRequest(@NotNull UUID personId) {
    }

    @Schema(description = "One weighted criterion; id is what scores refer to")
    public record CriterionRequest(
            @NotNull @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,39}$", message = "must be 1-40 lower-case letters, "
                    + "digits or dashes") @Schema(example = "impact") String id,
            @NotBlank @Size(max = 120) @Schema(example = "Social impact") String name,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Schema(example = "2")
            Double weight,
            @Size(max = 500) String description) {
    }

    @Schema(description = "The rubric: weighted criteria and an integer scale scaleMin..scaleMax (0 <= min < max <= "
            + "100). Can change until entries are assigned.")
    public record RubricRequest(
            @NotEmpty @Size(max = 20) List<@Valid @NotNull CriterionRequest> criteria,
            @NotNull @Min(0) @Max(99) @Schema(example = "1") Integer scaleMin,
            @NotNull @Min(1) @Max(100) @Schema(example = "10") Integer scaleMax) {
    }

    @Schema(description = "Automatic balanced assignment. entryIds omitted: the edition's semi-finalists.")
    public record AssignmentRequest(
            @Min(1) @Max(20) @Schema(description = "jurors per entry", defaultValue = "3") Integer k,
            @Size(max = 1000) List<@NotNull UUID> entryIds,
            @Schema(description = "tie-order seed; default derived from the edition id") Long seed) {
    }

    @Schema(description = "A declared conflict of interest. jurorSubject only when an organizer declares for a "
            + "juror; a juror declares for themself.")
    public record ConflictRequest(
            @NotNull UUID entryId,
            @NotBlank @Size(max = 500) @Schema(example = "I advised this team in 2025") String reason,
            @Size(max = 255) String jurorSubject) {
    }

    @Schema(description = "Every criterion of the rubric scored with a whole number within the scale")
    public record ScoreRequest(
            @NotNull @Schema(example = "{\"impact\": 8, \"feasibility\": 6}") Map<String, BigDecimal> scores,
            @Size(max = 4000) String comment) {
    }

    public record FinalistChoice(@NotNull UUID entryId, @Size(max = 500) String overrideReason) {
    }

    @Schema(description = "Exactly 6 finalists; any outside the jury's top 6 needs an overrideReason")
    public record FinalistsRequest(@NotNull @Size(max = 50) List<@Valid @NotNull FinalistChoice> finalists) {
    }

    public record WinnerChoice(
            @NotNull UUID entryId,
            @NotNull @Min(1) @Max(6) @Schema(example = "1") Integer rank,
            @NotBlank @Size(max = 120) @Schema(example = "Grand prize") String prize) {
    }

    @Schema(description = "The winners, each a finalist, with its place and prize label")
    public record WinnersRequest(@NotEmpty @Size(max = 6) List<@Valid @NotNull WinnerChoice> winners) {
    }
}
