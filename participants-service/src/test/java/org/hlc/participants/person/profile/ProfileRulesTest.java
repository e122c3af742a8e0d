package org.hlc.participants.person.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.hlc.platform.http.InvalidParam;
import org.junit.jupiter.api.Test;

class ProfileRulesTest {

    @Test
    void accepts_bcp47_tags_with_known_iso_639_languages() {
        assertThat(ProfileRules.languageProblems(List.of("sw", "pt-BR", "en", "zh-Hant-TW"))).isEmpty();
        assertThat(ProfileRules.canonicalLanguage("pt-br")).isEqualTo("pt-BR");
    }

    @Test
    void rejects_unknown_languages_and_malformed_tags_by_position() {
        assertThat(ProfileRules.languageProblems(List.of("en", "qq", "en_US", "")))
                .extracting(InvalidParam::name).containsExactly("languages[1]", "languages[2]", "languages[3]");
    }

    @Test
    void names_the_later_of_two_overlapping_windows_even_when_given_out_of_order() {
        Map<DayOfWeek, List<TimeWindow>> availability = Map.of(DayOfWeek.MONDAY, List.of(
                window("13:00", "15:00"), window("08:00", "13:30")));

        assertThat(ProfileRules.availabilityProblems(availability)).extracting(InvalidParam::name)
                .containsExactly("availability.MONDAY[0]");
    }

    @Test
    void adjacent_windows_do_not_overlap_but_inverted_and_empty_ones_are_refused() {
        assertThat(ProfileRules.availabilityProblems(Map.of(DayOfWeek.FRIDAY,
                List.of(window("08:00", "12:00"), window("12:00", "13:00"))))).isEmpty();
        assertThat(ProfileRules.availabilityProblems(Map.of(DayOfWeek.FRIDAY,
                List.of(window("08:00", "12:00"), window("15:00", "15:00"), window("18:00", "17:00")))))
                .extracting(InvalidParam::name).containsExactly("availability.FRIDAY[1]", "availability.FRIDAY[2]");
    }

    @Test
    void days_left_out_keep_the_default_window_and_an_empty_day_stays_empty() {
        Map<DayOfWeek, List<TimeWindow>> normalised = ProfileRules.normaliseAvailability(
                Map.of(DayOfWeek.SUNDAY, List.of()));

        assertThat(normalised.get(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(normalised.get(DayOfWeek.MONDAY)).containsExactly(window("08:00", "20:00"));
    }

    @Test
    void only_absolute_http_and_https_video_urls_pass() {
        assertThat(ProfileRules.videoProblems(new IntroVideo("https://v.example.org/a.mp4", 60))).isEmpty();
        assertThat(ProfileRules.videoProblems(new IntroVideo("HTTP://v.example.org/a.mp4", null))).isEmpty();
        assertThat(ProfileRules.videoProblems(new IntroVideo("ftp://v.example.org/a.mp4", null))).hasSize(1);
        assertThat(ProfileRules.videoProblems(new IntroVideo("/relative.mp4", null))).hasSize(1);
        assertThat(ProfileRules.videoProblems(new IntroVideo("https://exa mple.org", null))).hasSize(1);
    }

    @Test
    void tags_are_trimmed_lower_cased_and_deduplicated() {
        assertThat(ProfileRules.normaliseTags(List.of(" Prototyping", "prototyping", "Water Kiosks")))
                .containsExactly("prototyping", "water kiosks");
    }

    private static TimeWindow window(String from, String to) {
        return new TimeWindow(LocalTime.parse(from), LocalTime.parse(to));
    }
}
