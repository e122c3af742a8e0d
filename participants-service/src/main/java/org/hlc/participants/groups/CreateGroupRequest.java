package org.hlc.participants.groups;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hlc.participants.person.profile.Region;

public record CreateGroupRequest(
        @NotNull @Pattern(regexp = GroupService.COHORT_PATTERN, message = "lower-case letters, digits and dashes, "
                + "at most 40") @Schema(example = "2014-programme") String cohort,
        @NotBlank @Size(max = 80) @Schema(example = "East Africa 1") String name,
        @NotNull Region region,
        @NotNull @Schema(description = "Person id of the coach (holds the coach role)") UUID coachPersonId) {
}
