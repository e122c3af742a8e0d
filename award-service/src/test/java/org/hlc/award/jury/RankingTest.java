package org.hlc.award.jury;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hlc.award.jury.ranking.Ranking;
import org.hlc.award.jury.ranking.Ranking.RankedEntry;
import org.hlc.award.jury.ranking.Ranking.Sheet;
import org.junit.jupiter.api.Test;

class RankingTest {
    private static final UUID E1 = UUID.fromString("11111111-1111-4111-8111-111111111111");
    private static final UUID E2 = UUID.fromString("22222222-2222-4222-8222-222222222222");
    private static final UUID E3 = UUID.fromString("33333333-3333-4333-8333-333333333333");
    /** impact weighs twice feasibility; scale 1..5. */
    private static final Rubric RUBRIC = new Rubric(List.of(new Criterion("impact", "Impact", 2, null),
            new Criterion("feasibility", "Feasibility", 1, null)), 1, 5);

    /**
     * Worked by hand. Juror A (generous spread): E1 impact 5 feasibility 3, E2 impact 3 feasibility 1. A's values
     * 5,3,3,1: mean 3, population sd sqrt((4+0+0+4)/4) = sqrt(2) = 1.41421; z 1.41421, 0, 0, -1.41421.
     * A on E1: raw (2*5+3)/3 = 4.33333, z (2*1.41421+0)/3 = 0.94281. A on E2: raw (2*3+1)/3 = 2.33333,
     * z (0-1.41421)/3 = -0.47140.
     * Juror B: E1 2,2 and E2 4,4: mean 3, sd 1; z -1,-1,1,1. B on E1: raw 2, z -1; on E2: raw 4, z 1.
     * E1: raw (4.33333+2)/2 = 3.16667, normalised (0.94281-1)/2 = -0.02860.
     * E2: raw (2.33333+4)/2 = 3.16667, normalised (-0.47140+1)/2 = 0.26430.
     * Same raw score; normalising per juror puts E2 first.
     */
    @Test
    void ranks_by_the_weighted_mean_of_per_juror_z_scores_worked_example() {
        List<RankedEntry> ranked = Ranking.rank(RUBRIC, List.of(
                new Sheet("juror-a", E1, Map.of("impact", 5, "feasibility", 3)),
                new Sheet("juror-a", E2, Map.of("impact", 3, "feasibility", 1)),
                new Sheet("juror-b", E1, Map.of("impact", 2, "feasibility", 2)),
                new Sheet("juror-b", E2, Map.of("impact", 4, "feasibility", 4))));

        assertThat(ranked).containsExactly(
                new RankedEntry(1, E2, new BigDecimal("3.1667"), new BigDecimal("0.2643"), 0, 2),
                new RankedEntry(2, E1, new BigDecimal("3.1667"), new BigDecimal("-0.0286"), 1, 2));
    }

    @Test
    void a_juror_who_gives_one_value_everywhere_contributes_z_zero() {
        List<RankedEntry> ranked = Ranking.rank(RUBRIC, List.of(
                new Sheet("flat", E1, Map.of("impact", 4, "feasibility", 4)),
                new Sheet("flat", E2, Map.of("impact", 4, "feasibility", 4))));

        assertThat(ranked).extracting(RankedEntry::normalised).containsOnly(new BigDecimal("0.0000"));
        assertThat(ranked).extracting(RankedEntry::raw).containsOnly(new BigDecimal("4.0000"));
    }

    /**
     * Juror C scores E1 (5,1) and E2 (1,5): E1 raw (10+1)/3 = 3.66667, E2 raw (2+5)/3 = 2.33333.
     * Juror D scores E3 (3,3) only: sd 0 so z 0, raw 3. C's values 5,1,1,5: mean 3, sd 2; z 1,-1,-1,1.
     * E1 z (2-1)/3 = 0.33333; E2 z (-2+1)/3 = -0.33333; E3 z 0.
     */
    @Test
    void normalised_then_raw_order_with_a_single_sheet_juror() {
        List<RankedEntry> ranked = Ranking.rank(RUBRIC, List.of(
                new Sheet("juror-c", E1, Map.of("impact", 5, "feasibility", 1)),
                new Sheet("juror-c", E2, Map.of("impact", 1, "feasibility", 5)),
                new Sheet("juror-d", E3, Map.of("impact", 3, "feasibility", 3))));

        assertThat(ranked).extracting(RankedEntry::entryId).containsExactly(E1, E3, E2);
        assertThat(ranked.get(0).normalised()).isEqualByComparingTo("0.3333");
        assertThat(ranked.get(0).raw()).isEqualByComparingTo("3.6667");
        assertThat(ranked.get(2).normalised()).isEqualByComparingTo("-0.3333");
    }

    @Test
    void ties_go_to_raw_then_top_scores_then_entry_id() {
        // one flat juror per sheet: every normalised score is 0, so raw decides
        List<RankedEntry> byRaw = Ranking.rank(RUBRIC, List.of(
                new Sheet("j1", E1, Map.of("impact", 3, "feasibility", 3)),
                new Sheet("j2", E2, Map.of("impact", 4, "feasibility", 4))));
        assertThat(byRaw).extracting(RankedEntry::entryId).containsExactly(E2, E1);

        // normalised 0 and raw 4 everywhere; scale 1..4 so 4 is a top score: E2 has two sheets of top scores (4)
        // against two for E1 and E3, which then go by entry id
        List<RankedEntry> byTop = Ranking.rank(new Rubric(RUBRIC.criteria(), 1, 4), List.of(
                new Sheet("j1", E3, Map.of("impact", 4, "feasibility", 4)),
                new Sheet("j2", E1, Map.of("impact", 4, "feasibility", 4)),
                new Sheet("j3", E2, Map.of("impact", 4, "feasibility", 4)),
                new Sheet("j4", E2, Map.of("impact", 4, "feasibility", 4))));
        assertThat(byTop).extracting(RankedEntry::entryId).containsExactly(E2, E1, E3);
        assertThat(byTop).extracting(RankedEntry::topScores).containsExactly(4, 2, 2);

        // nothing but the id left
        List<RankedEntry> byId = Ranking.rank(RUBRIC, List.of(
                new Sheet("j1", E3, Map.of("impact", 4, "feasibility", 4)),
                new Sheet("j2", E1, Map.of("impact", 4, "feasibility", 4)),
                new Sheet("j3", E2, Map.of("impact", 4, "feasibility", 4))));
        assertThat(byId).extracting(RankedEntry::entryId).containsExactly(E1, E2, E3);
    }

    @Test
    void the_same_sheets_in_any_order_give_the_same_ranking() {
        List<Sheet> sheets = new ArrayList<>(List.of(
                new Sheet("juror-a", E1, Map.of("impact", 5, "feasibility", 3)),
                new Sheet("juror-a", E2, Map.of("impact", 3, "feasibility", 1)),
                new Sheet("juror-a", E3, Map.of("impact", 2, "feasibility", 5)),
                new Sheet("juror-b", E1, Map.of("impact", 2, "feasibility", 2)),
                new Sheet("juror-b", E3, Map.of("impact", 1, "feasibility", 4)),
                new Sheet("juror-b", E2, Map.of("impact", 4, "feasibility", 4))));
        List<RankedEntry> first = Ranking.rank(RUBRIC, sheets);
        for (long seed = 0; seed < 20; seed++) {
            Collections.shuffle(sheets, new java.util.Random(seed));
            assertThat(Ranking.rank(RUBRIC, sheets)).isEqualTo(first);
        }
    }
}
