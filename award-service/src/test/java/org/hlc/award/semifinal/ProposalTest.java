package org.hlc.award.semifinal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProposalTest {
    private static Candidate candidate(int rank, String country, long votes) {
        return new Candidate(rank, UUID.randomUUID(), "Entry " + rank, country, "Water", votes);
    }

    @Test
    void proposes_the_top_n_by_votes_skipping_entries_over_the_country_cap() {
        Candidate ke1 = candidate(1, "KE", 90);
        Candidate ke2 = candidate(2, "KE", 80);
        Candidate ke3 = candidate(3, "KE", 70);
        Candidate in1 = candidate(4, "IN", 60);
        Candidate co1 = candidate(5, "CO", 50);
        Candidate ng1 = candidate(6, "NG", 40);

        Proposal proposal = Proposal.of(List.of(ke1, ke2, ke3, in1, co1, ng1), 4, 2);

        assertThat(proposal.proposed()).containsExactly(ke1, ke2, in1, co1);
        assertThat(proposal.skippedForDiversity()).containsExactly(ke3);
    }

    @Test
    void proposes_fewer_when_there_are_not_enough_entries() {
        Candidate only = candidate(1, "KE", 3);

        assertThat(Proposal.of(List.of(only), 20, 2).proposed()).containsExactly(only);
    }
}
