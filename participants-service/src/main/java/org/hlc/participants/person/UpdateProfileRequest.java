package org.hlc.participants.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hlc.platform.validation.CountryCode;
import org.hlc.platform.validation.IanaTimeZone;

@Schema(description = "The editable profile; send the whole profile (PUT semantics) with If-Match")
public record UpdateProfileRequest(
        @NotBlank @Size(max = 120) String displayName,
        @Size(max = 200) String organisation,
        @NotNull @CountryCode String country,
        @NotNull @IanaTimeZone String timeZone,
        @Size(max = 2000) String bio) {
}
