package org.hlc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WrkLoadTest {
    private static final int LANES = 4;

    @TempDir
    Path dir;

    @Test
    void a_plan_casts_each_voters_ballots_one_lap_of_the_connections_apart_on_distinct_entries() throws Exception {
        List<String> entries = IntStream.range(0, 50).mapToObj(i -> "entry-" + i).toList();
        WrkLoad load = new WrkLoad(Path.of("vote.lua"), dir, "http://127.0.0.1:1", "edition", entries,
                new VoteLoad.VoterPool(entries.size(), 10, new Random(7), 40), LANES);

        List<String[]> first = lines(load.plan("first.txt", 60));
        List<String[]> second = lines(load.plan("second.txt", 60));
        List<String[]> plan = new ArrayList<>(first);
        plan.addAll(second);

        Map<String, List<Integer>> votesOfToken = new HashMap<>();
        Set<String> ballots = new HashSet<>();
        for (int n = 0; n < plan.size(); n++) {
            String[] vote = plan.get(n);
            votesOfToken.computeIfAbsent(vote[0], t -> new ArrayList<>()).add(n);
            assertThat(ballots.add(vote[0] + " " + vote[1])).as("vote %d repeats a ballot", n).isTrue();
            assertThat(vote[2]).matches("10\\.\\d+\\.\\d+\\.\\d+");
        }
        for (List<Integer> votes : votesOfToken.values()) {
            for (int i = 1; i < votes.size(); i++) {
                assertThat(votes.get(i) - votes.get(i - 1)).isEqualTo(LANES);
            }
        }
        assertThat(votesOfToken).hasSizeGreaterThan(LANES); // lanes move on to new voters, across both plans
    }

    @Test
    void reads_the_statuses_the_script_prints() {
        assertThat(WrkLoad.statuses("{201=5, 409=1}")).containsEntry("201", 5L).containsEntry("409", 1L).hasSize(2);
        assertThat(WrkLoad.statuses("{}")).isEmpty();
    }

    private static List<String[]> lines(Path plan) throws Exception {
        return Files.readAllLines(plan).stream().map(line -> line.split(" ")).toList();
    }
}
