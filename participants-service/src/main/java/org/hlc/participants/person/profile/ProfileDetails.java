package org.hlc.participants.person.profile;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The profile beyond the registration fields; every part is optional and absent means "not given". */
public record ProfileDetails(String initiativeName, String initiativeSummary, Region region, List<String> languages,
        Map<DayOfWeek, List<TimeWindow>> availability, IntroVideo introVideo, List<String> wantsToLearn,
        List<String> canContribute, Map<ProfileField, Visibility> visibility) {

    public static final ProfileDetails EMPTY = new ProfileDetails(null, null, null, List.of(), null, null, List.of(),
            List.of(), Map.of());

    /** 08:00–20:00 local time every day: what a person who never said otherwise is assumed to offer. */
    public static Map<DayOfWeek, List<TimeWindow>> defaultAvailability() {
        Map<DayOfWeek, List<TimeWindow>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, List.of(new TimeWindow(LocalTime.of(8, 0), LocalTime.of(20, 0))));
        }
        return days;
    }

    public Map<DayOfWeek, List<TimeWindow>> effectiveAvailability() {
        return availability == null ? defaultAvailability() : availability;
    }

    public Visibility visibilityOf(ProfileField field) {
        Visibility chosen = visibility == null ? null : visibility.get(field);
        return chosen != null ? chosen : field.defaultVisibility();
    }
}
