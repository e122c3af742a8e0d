package org.hlc.participants.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hlc.participants.matching.MatchRanking.Candidate;
import org.hlc.participants.matching.MatchRanking.Match;
import org.hlc.participants.person.profile.ProfileDetails;
import org.hlc.participants.person.profile.TimeWindow;
import org.junit.jupiter.api.Test;

/** Worked examples; 2015-03-23 is a Monday, and Beirut moves to summer time at midnight on Sunday 2015-03-29. */
class MatchRankingTest {
    private static final LocalDate WEEK = LocalDate.parse("2015-03-23");

    @Test
    void bogota_and_jakarta_share_no_hour_of_the_default_day() {
        Candidate bogota = person("America/Bogota", List.of(), List.of());
        Candidate jakarta = person("Asia/Jakarta", List.of(), List.of());

        // Bogota 08–20 is 13:00–01:00 UTC, Jakarta 08–20 is 01:00–13:00 UTC: they only touch
        assertThat(MatchRanking.overlapHoursPerDay(bogota, jakarta, WEEK).values()).containsOnly(0.0);
    }

    @Test
    void windows_that_cross_midnight_in_utc_count_on_both_sides() {
        Candidate bogota = person("America/Bogota", List.of(), List.of());
        Candidate earlyLateJakarta = person("Asia/Jakarta", every(window("06:00", "22:00")), List.of(), List.of());

        // Jakarta 06–22 is 23:00–15:00 UTC: 13–15 UTC on Jakarta's same day, 23–01 UTC on Jakarta's next day
        assertThat(MatchRanking.overlapHoursPerDay(bogota, earlyLateJakarta, WEEK).values()).containsOnly(4.0);
    }

    @Test
    void nairobi_and_beirut_overlap_most_of_the_day_and_more_once_beirut_is_on_summer_time() {
        Candidate nairobi = person("Africa/Nairobi", List.of(), List.of());
        Candidate beirut = person("Asia/Beirut", List.of(), List.of());

        Map<DayOfWeek, Double> perDay = MatchRanking.overlapHoursPerDay(nairobi, beirut, WEEK);

        assertThat(perDay.get(DayOfWeek.MONDAY)).isEqualTo(11.0);
        assertThat(perDay.get(DayOfWeek.SATURDAY)).isEqualTo(11.0);
        assertThat(perDay.get(DayOfWeek.SUNDAY)).isEqualTo(12.0);
    }

    @Test
    void ranks_by_shared_tags_weighted_by_overlap_and_gives_the_reasons() {
        Candidate me = person("Africa/Nairobi", List.of("prototyping", "finance-and-revenue-models"),
                List.of("communication"));
        Candidate beirut = person("Asia/Beirut", List.of("communication"), List.of("prototyping"));
        Candidate jakarta = person("Asia/Jakarta", List.of("communication"), List.of("prototyping"));
        Candidate bogota = person("America/Bogota", List.of("communication"),
                List.of("prototyping", "finance-and-revenue-models"));
        Candidate unrelated = person("Africa/Nairobi", List.of("upscaling"), List.of("political-conflict"));

        List<Match> ranked = MatchRanking.rank(me, List.of(bogota, unrelated, jakarta, beirut, me), WEEK);

        assertThat(ranked).extracting(Match::personId)
                .containsExactly(beirut.personId(), jakarta.personId(), bogota.personId());
        Match best = ranked.get(0);
        assertThat(best.theyCanTeachYou()).containsExactly("prototyping");
        assertThat(best.youCanTeachThem()).containsExactly("communication");
        assertThat(best.weeklyOverlapHours()).isEqualTo(78.0);
        assertThat(best.score()).isEqualTo(24.29); // 2 tags × (1 + 78 / 7)
        assertThat(ranked.get(1).weeklyOverlapHours()).isEqualTo(56.0); // Nairobi 05–17 UTC, Jakarta 01–13 UTC
        assertThat(ranked.get(1).score()).isEqualTo(18.0);
        assertThat(ranked.get(2).theyCanTeachYou()).containsExactly("prototyping", "finance-and-revenue-models");
        assertThat(ranked.get(2).score()).isEqualTo(15.0); // 3 tags × (1 + 4)
    }

    @Test
    void a_day_without_windows_overlaps_nothing() {
        Map<DayOfWeek, List<TimeWindow>> weekdaysOnly = every(window("08:00", "20:00"));
        weekdaysOnly.put(DayOfWeek.SATURDAY, List.of());
        weekdaysOnly.put(DayOfWeek.SUNDAY, List.of());
        Candidate me = person("Europe/Berlin", weekdaysOnly, List.of(), List.of());
        Candidate other = person("Europe/Berlin", List.of(), List.of());

        Map<DayOfWeek, Double> perDay = MatchRanking.overlapHoursPerDay(me, other, WEEK);

        assertThat(perDay.get(DayOfWeek.FRIDAY)).isEqualTo(12.0);
        assertThat(perDay.get(DayOfWeek.SATURDAY)).isEqualTo(0.0);
    }

    private static Candidate person(String zone, List<String> wants, List<String> can) {
        return person(zone, ProfileDetails.defaultAvailability(), wants, can);
    }

    private static Candidate person(String zone, Map<DayOfWeek, List<TimeWindow>> availability, List<String> wants,
            List<String> can) {
        return new Candidate(UUID.randomUUID(), zone, ZoneId.of(zone), availability, wants, can);
    }

    private static Map<DayOfWeek, List<TimeWindow>> every(TimeWindow window) {
        Map<DayOfWeek, List<TimeWindow>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, List.of(window));
        }
        return days;
    }

    private static TimeWindow window(String from, String to) {
        return new TimeWindow(LocalTime.parse(from), LocalTime.parse(to));
    }
}
