package org.hlc.participants.person.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record IntroVideo(
        @NotBlank @Size(max = 2000) @Schema(example = "https://video.example.org/amina.mp4") String url,
        @Min(1) @Max(300) @Schema(description = "Length in seconds, at most 300") Integer durationSeconds) {
}
