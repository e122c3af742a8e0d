package org.hlc.award.jury;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Response bodies of the jury API. */
public final class JuryViews {
    private JuryViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JurorView(String subject, UUID personId, int load) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AssignmentView(UUID entryId, List<String> jurorSubjects, List<String> recused) {
    }

    /** Organizers see everything; a juror sees the rubric and only their own assignments (no other jurors). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JuryView(UUID editionId, long version, List<JurorView> jurors, Rubric rubric,
            Integer jurorsPerEntry, List<AssignmentView> assignments, boolean roundClosed, Instant closedAt,
            List<Finalist> finalists, List<Winner> winners) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SheetView(UUID editionId, UUID entryId, String jurorSubject, List<CriterionScore> scores,
            String comment, Instant submittedAt, long version) {
    }

    public record SheetsView(UUID editionId, boolean roundClosed, boolean onlyOwn, List<SheetView> items) {
    }

    public record RankedEntryView(int rank, UUID entryId, String title, String country, BigDecimal raw,
            BigDecimal normalised, int topScores, int sheets) {
    }

    public record RankingView(UUID editionId, boolean roundClosed, String tieBreak, List<RankedEntryView> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConflictView(UUID entryId, String entryTitle, String jurorSubject, UUID jurorPersonId,
            String jurorName, List<String> flags, boolean declared, String declaredReason, boolean assigned,
            boolean recused) {
    }

    public record ConflictsView(UUID editionId, List<ConflictView> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FinalistsView(UUID editionId, boolean announced, List<Finalist> finalists, long version) {
    }

    public record WinnersView(UUID editionId, boolean announced, List<Winner> winners, long version) {
    }
}
