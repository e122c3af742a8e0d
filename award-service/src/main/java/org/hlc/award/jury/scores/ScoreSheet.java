package org.hlc.award.jury.scores;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.award.jury.CriterionScore;

/** The latest scores of one juror for one entry; {@code version} is the sheet stream's version (its ETag). */
public record ScoreSheet(UUID editionId, UUID entryId, String jurorSubject, List<CriterionScore> scores,
        String comment, Instant submittedAt, long version) {
}
