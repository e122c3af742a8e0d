package org.hlc.participants.person;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hlc.platform.validation.CountryCode;
import org.hlc.platform.validation.IanaTimeZone;

@Schema(description = "A person joining hlc. Non-organizers register themselves (subject = their token's sub).")
public record RegisterPersonRequest(
        @Schema(description = "Token subject of the person; organizers may set it, others get their own")
        @Size(max = 255) String subject,
        @NotBlank @Size(max = 120) String displayName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull @CountryCode @Schema(example = "KE") String country,
        @NotNull @IanaTimeZone @Schema(example = "Africa/Nairobi") String timeZone,
        @NotEmpty @Size(max = 6) List<@NotNull @Pattern(regexp = Roles.PATTERN,
                message = "must be one of organizer, coach, expert, participant, jury, voter") String> roles) {
}
