package org.hlc.webinar.scheduling;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Pure and deterministic: the same query always gives the same answer. Zone rules come from java.time (IANA tzdb),
 * so DST switches and 30/45-minute offsets need no special cases.
 */
public final class SlotPlanner {
    /** Best first: most people inside, then the host inside, then the earlier start. */
    static final Comparator<SlotCandidate> RANKING = Comparator.comparingInt((SlotCandidate c) -> -c.inside())
            .thenComparing(c -> !c.hostInside())
            .thenComparing(SlotCandidate::start);
    private static final int MAX_IMPROVEMENT_PASSES = 100;

    private SlotPlanner() {
    }

    /** The best {@code limit} candidates over the whole range. */
    public static List<SlotCandidate> suggest(SlotQuery query, int limit) {
        List<SlotCandidate> all = new ArrayList<>();
        for (List<SlotCandidate> day : candidatesPerDay(query)) {
            all.addAll(day);
        }
        all.sort(RANKING);
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    /**
     * One session per day of the range. Greedy day by day, then local improvement (swap one day's slot while that
     * strictly improves), on the objective (max sessions outside for any one person, sum of squares, total outside):
     * the first term is the fairness figure, the others prefer spreading and fewer misses among equally fair plans.
     */
    public static SeriesPlan planSeries(SlotQuery query) {
        List<Attendee> people = query.everyone();
        List<List<SlotCandidate>> days = candidatesPerDay(query);
        int[] counts = new int[people.size()];
        List<Integer> chosen = new ArrayList<>();
        for (List<SlotCandidate> day : days) {
            int best = bestFor(day, counts, people, -1);
            chosen.add(best);
            add(counts, day.get(best), people, 1);
        }
        for (int pass = 0; pass < MAX_IMPROVEMENT_PASSES; pass++) {
            boolean improved = false;
            for (int d = 0; d < days.size(); d++) {
                List<SlotCandidate> day = days.get(d);
                SlotCandidate current = day.get(chosen.get(d));
                add(counts, current, people, -1);
                long[] before = objective(counts, current, people);
                int best = bestFor(day, counts, people, chosen.get(d));
                if (compare(objective(counts, day.get(best), people), before) < 0) {
                    chosen.set(d, best);
                    improved = true;
                }
                add(counts, day.get(chosen.get(d)), people, 1);
            }
            if (!improved) {
                break;
            }
        }
        List<SlotCandidate> sessions = new ArrayList<>();
        for (int d = 0; d < days.size(); d++) {
            sessions.add(days.get(d).get(chosen.get(d)));
        }
        List<SeriesPlan.Fairness> fairness = new ArrayList<>();
        int max = 0;
        int total = 0;
        for (int i = 0; i < people.size(); i++) {
            Attendee person = people.get(i);
            fairness.add(new SeriesPlan.Fairness(person.personId(), person.displayName(), person.zone().getId(),
                    counts[i]));
            max = Math.max(max, counts[i]);
            total += counts[i];
        }
        return new SeriesPlan(sessions, max, total, fairness);
    }

    /** Candidates grouped by day of the range (in the range zone), each day in start order. */
    static List<List<SlotCandidate>> candidatesPerDay(SlotQuery query) {
        List<Attendee> people = query.everyone();
        List<List<SlotCandidate>> days = new ArrayList<>();
        for (var day = query.firstDay(); !day.isAfter(query.lastDay()); day = day.plusDays(1)) {
            Instant dayEnd = day.plusDays(1).atStartOfDay(query.rangeZone()).toInstant();
            List<SlotCandidate> candidates = new ArrayList<>();
            for (Instant start = day.atStartOfDay(query.rangeZone()).toInstant(); start.isBefore(dayEnd);
                    start = start.plus(query.granularity())) {
                candidates.add(evaluate(start, start.plus(query.duration()), people));
            }
            days.add(candidates);
        }
        return days;
    }

    static SlotCandidate evaluate(Instant start, Instant end, List<Attendee> people) {
        List<LocalStart> everyone = new ArrayList<>();
        List<UUID> outside = new ArrayList<>();
        int inside = 0;
        for (Attendee person : people) {
            ZonedDateTime localStart = start.atZone(person.zone());
            ZonedDateTime localEnd = end.atZone(person.zone());
            boolean in = person.availability().covers(localStart, localEnd);
            if (in) {
                inside++;
            } else {
                outside.add(person.personId());
            }
            everyone.add(new LocalStart(person.personId(), person.displayName(), person.zone().getId(),
                    localStart.toOffsetDateTime(), localEnd.toOffsetDateTime(), in));
        }
        return new SlotCandidate(start, end, inside, people.size(), everyone.get(0).inside(), List.copyOf(outside),
                List.copyOf(everyone));
    }

    /** The candidate of a day that gives the best objective; ties keep {@code preferred}, else the earliest. */
    private static int bestFor(List<SlotCandidate> day, int[] counts, List<Attendee> people, int preferred) {
        int best = preferred >= 0 ? preferred : 0;
        long[] bestScore = objective(counts, day.get(best), people);
        for (int i = 0; i < day.size(); i++) {
            long[] score = objective(counts, day.get(i), people);
            if (compare(score, bestScore) < 0) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    private static long[] objective(int[] counts, SlotCandidate added, List<Attendee> people) {
        long max = 0;
        long squares = 0;
        long total = 0;
        for (int i = 0; i < people.size(); i++) {
            long count = counts[i] + (added.everyone().get(i).inside() ? 0 : 1);
            max = Math.max(max, count);
            squares += count * count;
            total += count;
        }
        return new long[] {max, squares, total};
    }

    private static int compare(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Long.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static void add(int[] counts, SlotCandidate candidate, List<Attendee> people, int delta) {
        for (int i = 0; i < people.size(); i++) {
            if (!candidate.everyone().get(i).inside()) {
                counts[i] += delta;
            }
        }
    }
}
