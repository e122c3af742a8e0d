package org.hlc.award.jury;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hlc.award.edition.Timeline;

/** Commands on an edition's jury; each carries the edition's timeline and the time, so the decider stays pure. */
public sealed interface JuryCommand {
    UUID editionId();

    Timeline timeline();

    Instant now();

    record AppointJuror(UUID editionId, UUID personId, String jurorSubject, String by, Timeline timeline,
            Instant now) implements JuryCommand {
    }

    record DefineRubric(UUID editionId, Rubric rubric, String by, Timeline timeline, Instant now)
            implements JuryCommand {
    }

    record AssignEntries(UUID editionId, List<UUID> entryIds, int k, long seed, String by, Timeline timeline,
            Instant now) implements JuryCommand {
    }

    record DeclareConflict(UUID editionId, UUID entryId, String jurorSubject, String reason, String by,
            Timeline timeline, Instant now) implements JuryCommand {
    }

    record CloseRound(UUID editionId, String by, Timeline timeline, Instant now) implements JuryCommand {
    }

    /** {@code ranking}: the entries ranked by the jury, best first (from {@code Ranking}). */
    record SelectFinalists(UUID editionId, List<Finalist> chosen, List<UUID> ranking, String by, Timeline timeline,
            Instant now) implements JuryCommand {
    }

    record AnnounceWinners(UUID editionId, List<Winner> winners, String by, Timeline timeline, Instant now)
            implements JuryCommand {
    }

    /** Decided against the jury's state by {@link JuryDecider#decideScores}; appended to the juror's sheet stream. */
    record SubmitScores(UUID editionId, UUID entryId, String jurorSubject, Map<String, Integer> scores,
            String comment, Timeline timeline, Instant now) implements JuryCommand {
    }
}
