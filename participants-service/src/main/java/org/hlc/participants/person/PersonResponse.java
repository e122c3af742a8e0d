package org.hlc.participants.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hlc.participants.person.profile.IntroVideo;
import org.hlc.participants.person.profile.ProfileDetails;
import org.hlc.participants.person.profile.ProfileField;
import org.hlc.participants.person.profile.Region;
import org.hlc.participants.person.profile.TimeWindow;
import org.hlc.participants.person.profile.Visibility;

/** A person as one caller may see them: fields whose visibility is narrower than the caller's audience are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonResponse(UUID id, String subject, String displayName, String email, String organisation,
        String country, String timeZone, String bio, List<String> roles, Instant registeredAt, long version,
        String initiativeName, String initiativeSummary, Region region, List<String> languages,
        Map<DayOfWeek, List<TimeWindow>> availability, IntroVideo introVideo, List<String> wantsToLearn,
        List<String> canContribute, Map<ProfileField, Visibility> visibility, List<UUID> entryIds) {

    static PersonResponse of(Person person, long version, Visibility audience) {
        ProfileDetails d = person.details();
        boolean everything = audience == Visibility.PRIVATE;
        return new PersonResponse(person.personId(), everything ? person.subject() : null, person.displayName(),
                show(d, ProfileField.email, audience, person.email()),
                show(d, ProfileField.organisation, audience, person.organisation()),
                show(d, ProfileField.country, audience, person.country()),
                show(d, ProfileField.timeZone, audience, person.timeZone()),
                show(d, ProfileField.bio, audience, person.bio()), person.roles(), person.registeredAt(), version,
                show(d, ProfileField.initiativeName, audience, d.initiativeName()),
                show(d, ProfileField.initiativeSummary, audience, d.initiativeSummary()),
                show(d, ProfileField.region, audience, d.region()),
                show(d, ProfileField.languages, audience, d.languages()),
                show(d, ProfileField.availability, audience, d.effectiveAvailability()),
                show(d, ProfileField.introVideo, audience, d.introVideo()),
                show(d, ProfileField.wantsToLearn, audience, d.wantsToLearn()),
                show(d, ProfileField.canContribute, audience, d.canContribute()),
                everything ? effectiveVisibility(d) : null,
                everything ? person.entryIds() : null);
    }

    private static <T> T show(ProfileDetails details, ProfileField field, Visibility audience, T value) {
        return details.visibilityOf(field).readableBy(audience) ? value : null;
    }

    private static Map<ProfileField, Visibility> effectiveVisibility(ProfileDetails details) {
        Map<ProfileField, Visibility> all = new java.util.EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            all.put(field, details.visibilityOf(field));
        }
        return all;
    }
}
