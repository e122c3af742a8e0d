package org.hlc.webinar.webinar;

import org.hlc.platform.validation.HttpUrl;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record RecordingRequest(
        @NotNull @Size(max = 2000) @HttpUrl String recordingUrl) {
}
