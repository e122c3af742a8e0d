package org.hlc.webinar.webinar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record AttendanceRequest(
        @NotNull UUID personId,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull Stretch> intervals) {

    /** Joined and left; a reconnect is a second stretch. */
    public record Stretch(@NotNull OffsetDateTime joinedAt, @NotNull OffsetDateTime leftAt) {
    }
}
