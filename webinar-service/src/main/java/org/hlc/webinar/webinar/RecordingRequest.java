package org.hlc.webinar.webinar;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record RecordingRequest(
        @NotNull @Size(max = 2000) @Pattern(regexp = WebUrls.PATTERN, message = WebUrls.MESSAGE) String recordingUrl) {
}
