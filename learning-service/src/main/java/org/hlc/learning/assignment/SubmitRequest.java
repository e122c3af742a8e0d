package org.hlc.learning.assignment;

import org.hlc.platform.validation.HttpUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hlc.learning.support.Limits;

public record SubmitRequest(
        @NotBlank @Size(max = Limits.MAX_TEXT) String text,
        @Size(max = Limits.MAX_LINKS) List<@NotNull @HttpUrl String> links) {
}
