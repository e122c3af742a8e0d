package org.hlc.participants.person.profile;

import org.hlc.platform.validation.HttpUrlValidator;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import org.hlc.platform.http.InvalidParam;

/** Checks bean validation cannot express; each problem names its JSON path (e.g. {@code availability.MONDAY[1]}). */
public final class ProfileRules {
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG_LENGTH = 40;
    public static final int MAX_WINDOWS_PER_DAY = 6;
    /** The programme's topic vocabulary; free tags are allowed beside these. */
    public static final List<String> TOPICS = List.of("finance-and-revenue-models", "social-entrepreneurship",
            "social-innovation", "prototyping", "political-conflict", "communication", "upscaling");

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private ProfileRules() {
    }

    public static List<InvalidParam> languageProblems(List<String> languages) {
        List<InvalidParam> problems = new ArrayList<>();
        for (int i = 0; languages != null && i < languages.size(); i++) {
            if (!isLanguageTag(languages.get(i))) {
                problems.add(new InvalidParam("languages[" + i + "]",
                        "must be a BCP 47 language tag with a known ISO 639 language, e.g. sw or pt-BR"));
            }
        }
        return problems;
    }

    static boolean isLanguageTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(tag);
        if (!locale.toLanguageTag().equalsIgnoreCase(tag)) {
            return false;
        }
        String language = locale.getLanguage();
        if (ISO_639_1.contains(language)) {
            return true;
        }
        return language.length() == 3 && ISO_639_1.stream().anyMatch(two -> iso3(two).equals(language));
    }

    /** Canonical form of a valid tag: {@code pt-br} → {@code pt-BR}. */
    public static String canonicalLanguage(String tag) {
        return Locale.forLanguageTag(tag).toLanguageTag();
    }

    private static String iso3(String twoLetter) {
        try {
            return Locale.forLanguageTag(twoLetter).getISO3Language();
        } catch (MissingResourceException e) {
            return "";
        }
    }

    public static List<InvalidParam> videoProblems(IntroVideo video) {
        if (video == null || video.url() == null) {
            return List.of();
        }
        return HttpUrlValidator.isHttpUrl(video.url()) ? List.of()
                : List.of(new InvalidParam("introVideo.url", HttpUrlValidator.MESSAGE));
    }

    /** Tags are compared lower-case and trimmed; duplicates collapse. */
    public static List<String> normaliseTags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> normalised = new LinkedHashSet<>();
        for (String tag : tags) {
            normalised.add(tag.strip().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(normalised);
    }

    public static List<InvalidParam> availabilityProblems(Map<DayOfWeek, List<TimeWindow>> availability) {
        List<InvalidParam> problems = new ArrayList<>();
        if (availability == null) {
            return problems;
        }
        for (Map.Entry<DayOfWeek, List<TimeWindow>> day : availability.entrySet()) {
            List<TimeWindow> windows = day.getValue() == null ? List.of() : day.getValue();
            String path = "availability." + day.getKey();
            if (windows.size() > MAX_WINDOWS_PER_DAY) {
                problems.add(new InvalidParam(path, "at most " + MAX_WINDOWS_PER_DAY + " windows per day"));
                continue;
            }
            List<Integer> valid = new ArrayList<>();
            for (int i = 0; i < windows.size(); i++) {
                TimeWindow window = windows.get(i);
                if (window == null || window.from() == null || window.to() == null) {
                    problems.add(new InvalidParam(path + "[" + i + "]", "needs from and to, e.g. 08:00 and 12:00"));
                } else if (!window.from().isBefore(window.to())) {
                    problems.add(new InvalidParam(path + "[" + i + "]", "from must be before to"));
                } else {
                    valid.add(i);
                }
            }
            valid.sort(Comparator.comparing(i -> windows.get(i).from()));
            for (int k = 1; k < valid.size(); k++) {
                TimeWindow previous = windows.get(valid.get(k - 1));
                int index = valid.get(k);
                if (windows.get(index).from().isBefore(previous.to())) {
                    problems.add(new InvalidParam(path + "[" + index + "]",
                            "overlaps the window " + previous.from() + "–" + previous.to()));
                }
            }
        }
        return problems;
    }

    /** Windows sorted by start, every weekday present: a day left out keeps the default, an empty list means none. */
    public static Map<DayOfWeek, List<TimeWindow>> normaliseAvailability(Map<DayOfWeek, List<TimeWindow>> given) {
        if (given == null) {
            return ProfileDetails.defaultAvailability();
        }
        Map<DayOfWeek, List<TimeWindow>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimeWindow> windows = new ArrayList<>(given.containsKey(day) && given.get(day) != null
                    ? given.get(day) : ProfileDetails.defaultAvailability().get(day));
            windows.sort(Comparator.comparing(TimeWindow::from));
            days.put(day, List.copyOf(windows));
        }
        return days;
    }
}
