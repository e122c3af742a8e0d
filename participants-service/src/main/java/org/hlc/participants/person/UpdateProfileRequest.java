package org.hlc.participants.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hlc.participants.person.profile.IntroVideo;
import org.hlc.participants.person.profile.ProfileField;
import org.hlc.participants.person.profile.ProfileRules;
import org.hlc.participants.person.profile.Region;
import org.hlc.participants.person.profile.TimeWindow;
import org.hlc.participants.person.profile.Visibility;
import org.hlc.platform.validation.CountryCode;
import org.hlc.platform.validation.IanaTimeZone;

@Schema(description = "The editable profile; send the whole profile (PUT semantics) with If-Match. Fields left out are "
        + "cleared, except availability: weekdays left out keep the default 08:00–20:00 local time.")
public record UpdateProfileRequest(
        @NotBlank @Size(max = 120) String displayName,
        @Size(max = 200) String organisation,
        @NotNull @CountryCode String country,
        @NotNull @IanaTimeZone String timeZone,
        @Size(max = 2000) String bio,
        @Size(max = 200) String initiativeName,
        @Size(max = 2000) String initiativeSummary,
        Region region,
        @Size(max = 10) List<@NotBlank @Size(max = 35) String> languages,
        @Schema(description = "Local-time windows per weekday, e.g. {\"MONDAY\": [{\"from\": \"08:00\", \"to\": \"12:00\"}]}")
        Map<DayOfWeek, List<TimeWindow>> availability,
        @Valid IntroVideo introVideo,
        @Schema(description = "Topics (see ProfileRules.TOPICS) or free tags")
        @Size(max = ProfileRules.MAX_TAGS)
        List<@NotBlank @Size(max = ProfileRules.MAX_TAG_LENGTH) String> wantsToLearn,
        @Size(max = ProfileRules.MAX_TAGS)
        List<@NotBlank @Size(max = ProfileRules.MAX_TAG_LENGTH) String> canContribute,
        @Schema(description = "Per-field visibility; defaults: email PRIVATE, everything else COMMUNITY")
        Map<ProfileField, Visibility> visibility) {
}
