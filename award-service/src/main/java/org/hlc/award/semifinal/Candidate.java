package org.hlc.award.semifinal;

import java.util.UUID;

public record Candidate(int rank, UUID entryId, String title, String country, String category, long validVotes) {
}
