package org.hlc.participants.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hlc.participants.person.profile.TimeWindow;

/**
 * Peer matching, pure: who can teach me what I want to learn, whom I can teach, and how long we are both available.
 *
 * <p>score = (tags they can teach me + tags I can teach them) × (1 + average daily overlap in hours). People sharing
 * no tag are not matches; with equal tags, the one reachable more hours ranks first. Overlap is computed in absolute
 * time for one concrete reference week, so daylight-saving changes (e.g. Beirut in late March) count correctly.
 */
public final class MatchRanking {

    public record Candidate(UUID personId, String displayName, ZoneId zone,
            Map<DayOfWeek, List<TimeWindow>> availability, List<String> wantsToLearn, List<String> canContribute) {
    }

    public record Match(UUID personId, String displayName, double score, List<String> theyCanTeachYou,
            List<String> youCanTeachThem, Map<DayOfWeek, Double> overlapHoursPerDay, double weeklyOverlapHours) {
    }

    private record Interval(Instant start, Instant end) {
    }

    private MatchRanking() {
    }

    /** @param weekStart the Monday of the reference week, read in {@code me}'s zone */
    public static List<Match> rank(Candidate me, List<Candidate> others, LocalDate weekStart) {
        List<Match> matches = new ArrayList<>();
        for (Candidate other : others) {
            if (other.personId().equals(me.personId())) {
                continue;
            }
            List<String> teachMe = intersection(me.wantsToLearn(), other.canContribute());
            List<String> teachThem = intersection(other.wantsToLearn(), me.canContribute());
            if (teachMe.isEmpty() && teachThem.isEmpty()) {
                continue;
            }
            Map<DayOfWeek, Double> perDay = overlapHoursPerDay(me, other, weekStart);
            double weekly = round(perDay.values().stream().mapToDouble(Double::doubleValue).sum());
            double score = round((teachMe.size() + teachThem.size()) * (1 + weekly / 7));
            matches.add(new Match(other.personId(), other.displayName(), score, teachMe, teachThem, perDay, weekly));
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed()
                .thenComparing(Match::weeklyOverlapHours, Comparator.reverseOrder())
                .thenComparing(m -> m.personId().toString()));
        return matches;
    }

    /** Hours both are available, per weekday of {@code me}'s local week. */
    public static Map<DayOfWeek, Double> overlapHoursPerDay(Candidate me, Candidate other, LocalDate weekStart) {
        // the other's windows one day either side, so windows that cross midnight relative to me are counted
        List<Interval> theirs = new ArrayList<>();
        for (int d = -1; d <= 7; d++) {
            theirs.addAll(intervals(other, weekStart.plusDays(d)));
        }
        Map<DayOfWeek, Double> perDay = new EnumMap<>(DayOfWeek.class);
        for (int d = 0; d < 7; d++) {
            LocalDate date = weekStart.plusDays(d);
            Duration total = Duration.ZERO;
            for (Interval mine : intervals(me, date)) {
                for (Interval their : theirs) {
                    Instant start = max(mine.start(), their.start());
                    Instant end = min(mine.end(), their.end());
                    if (start.isBefore(end)) {
                        total = total.plus(Duration.between(start, end));
                    }
                }
            }
            perDay.put(date.getDayOfWeek(), round(total.toMinutes() / 60.0));
        }
        return perDay;
    }

    private static List<Interval> intervals(Candidate person, LocalDate date) {
        List<Interval> intervals = new ArrayList<>();
        for (TimeWindow window : person.availability().getOrDefault(date.getDayOfWeek(), List.of())) {
            intervals.add(new Interval(at(date, window.from(), person.zone()), at(date, window.to(), person.zone())));
        }
        return intervals;
    }

    /** A local time in a DST gap moves forward by the gap, as ZonedDateTime.of does. */
    private static Instant at(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    private static List<String> intersection(List<String> a, List<String> b) {
        Set<String> shared = new LinkedHashSet<>(a);
        shared.retainAll(Set.copyOf(b));
        return List.copyOf(shared);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
