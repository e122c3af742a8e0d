package org.hlc.learning.programme;

import org.hlc.platform.validation.HttpUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hlc.learning.support.Limits;

public record AddMaterialRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = Limits.MAX_TEXT) @Schema(description = "Markdown") String markdown,
        @Size(max = Limits.MAX_LINKS) List<@NotNull @HttpUrl String> links,
        @NotNull @Schema(description = "Participants see the material from this instant on") Instant releaseAt) {
}
