package org.hlc.participants.person;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record GrantRoleRequest(
        @NotNull @Pattern(regexp = Roles.PATTERN, message = "must be one of organizer, coach, expert, participant, "
                + "jury, voter") @Schema(example = "coach") String role) {
}
