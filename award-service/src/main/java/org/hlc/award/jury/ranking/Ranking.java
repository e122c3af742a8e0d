package org.hlc.award.jury.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hlc.award.jury.Criterion;
import org.hlc.award.jury.Rubric;

/**
 * The jury ranking, pure and deterministic (the same sheets in any order give the same result).
 *
 * <ul>
 * <li>raw: per sheet the weighted mean of the criterion values (sum of weight × value / sum of weights); per entry the
 * mean over its sheets.</li>
 * <li>normalised: each juror's values (all criteria of all their sheets) become z-scores with that juror's mean and
 * population standard deviation (0 when the juror gave one value only); per sheet the weighted mean of the z-scores;
 * per entry the mean over its sheets. This removes a juror's personal severity and spread.</li>
 * <li>Tie-break, in this order: normalised desc, raw desc, number of top-of-scale values desc, entry id asc (text).
 * Scores are compared rounded to 4 decimal places, as shown.</li>
 * </ul>
 */
public final class Ranking {
    public static final String TIE_BREAK = "normalised score desc, then raw score desc, then number of "
            + "top-of-scale criterion values desc, then entry id asc; scores compared rounded to 4 decimals";

    private Ranking() {
    }

    /** One juror's scores for one entry (criterion id → value). */
    public record Sheet(String jurorSubject, UUID entryId, Map<String, Integer> scores) {
    }

    public record RankedEntry(int rank, UUID entryId, BigDecimal raw, BigDecimal normalised, int topScores,
            int sheets) {
    }

    public static List<RankedEntry> rank(Rubric rubric, List<Sheet> sheets) {
        Map<String, double[]> jurorStats = new TreeMap<>();
        Map<String, List<Integer>> valuesByJuror = new TreeMap<>();
        for (Sheet sheet : sorted(sheets)) {
            List<Integer> values = valuesByJuror.computeIfAbsent(sheet.jurorSubject(), j -> new ArrayList<>());
            for (Criterion criterion : rubric.criteria()) {
                values.add(sheet.scores().get(criterion.id()));
            }
        }
        valuesByJuror.forEach((juror, values) -> jurorStats.put(juror, meanAndSd(values)));

        double totalWeight = rubric.totalWeight();
        Map<UUID, double[]> perEntry = new TreeMap<>(); // raw sum, z sum, sheets, top scores
        for (Sheet sheet : sorted(sheets)) {
            double[] stats = jurorStats.get(sheet.jurorSubject());
            double raw = 0;
            double z = 0;
            int top = 0;
            for (Criterion criterion : rubric.criteria()) {
                int value = sheet.scores().get(criterion.id());
                raw += criterion.weight() * value;
                z += criterion.weight() * (stats[1] == 0 ? 0 : (value - stats[0]) / stats[1]);
                if (value == rubric.scaleMax()) {
                    top++;
                }
            }
            double[] acc = perEntry.computeIfAbsent(sheet.entryId(), e -> new double[4]);
            acc[0] += raw / totalWeight;
            acc[1] += z / totalWeight;
            acc[2] += 1;
            acc[3] += top;
        }
        List<RankedEntry> unranked = new ArrayList<>();
        perEntry.forEach((entry, acc) -> unranked.add(new RankedEntry(0, entry, round(acc[0] / acc[2]),
                round(acc[1] / acc[2]), (int) acc[3], (int) acc[2])));
        unranked.sort(Comparator.comparing(RankedEntry::normalised).reversed()
                .thenComparing(Comparator.comparing(RankedEntry::raw).reversed())
                .thenComparing(Comparator.comparingInt(RankedEntry::topScores).reversed())
                .thenComparing(r -> r.entryId().toString()));
        List<RankedEntry> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            RankedEntry r = unranked.get(i);
            ranked.add(new RankedEntry(i + 1, r.entryId(), r.raw(), r.normalised(), r.topScores(), r.sheets()));
        }
        return ranked;
    }

    /** Mean and population standard deviation. */
    static double[] meanAndSd(List<Integer> values) {
        double mean = values.stream().mapToInt(Integer::intValue).average().orElse(0);
        double variance = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / values.size();
        return new double[] {mean, Math.sqrt(variance)};
    }

    private static List<Sheet> sorted(List<Sheet> sheets) {
        List<Sheet> copy = new ArrayList<>(sheets);
        copy.sort(Comparator.comparing(Sheet::jurorSubject).thenComparing(s -> s.entryId().toString()));
        return copy;
    }

    private static BigDecimal round(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? rounded.abs().setScale(4) : rounded;
    }
}
