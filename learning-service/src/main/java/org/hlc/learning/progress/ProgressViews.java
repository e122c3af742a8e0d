package org.hlc.learning.progress;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hlc.learning.membership.ProgrammeMember;

/** Progress of several learners at once, with what each has not submitted although the deadline is near or past. */
@ApplicationScoped
public class ProgressViews {
    /** A learner is behind on an assignment from 24 h before its deadline on, as long as they have not submitted. */
    public static final Duration WARNING = Duration.ofHours(24);

    private final ProgressQuery progress;
    private final BehindQuery behind;

    public ProgressViews(ProgressQuery progress, BehindQuery behind) {
        this.progress = progress;
        this.behind = behind;
    }

    /**
     * @param dueLocal the due instant in the learner's time zone (ISO-8601 with offset)
     * @param overdue the deadline has passed (still without a submission)
     */
    public record Missing(UUID assignmentId, String title, Instant dueAt, String dueLocal, boolean overdue) {
    }

    /** @param behind true when {@code missing} is not empty: highlighted, listed first */
    public record LearnerProgress(UUID personId, String displayName, String timeZone, UUID groupId, String groupName,
            boolean behind, List<Missing> missing, Progress progress) {
    }

    /** Learners behind first, then by name. */
    public Uni<List<LearnerProgress>> of(List<ProgrammeMember> members, List<UUID> programmeIds, Instant now) {
        if (members.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = members.stream().map(ProgrammeMember::personId).toList();
        return behind.dueBy(programmeIds, now.plus(WARNING)).flatMap(due -> behind
                .submitted(due.stream().map(BehindQuery.Due::assignmentId).toList())
                .flatMap(submitted -> progress.of(ids).map(counts -> rows(members, due, submitted, counts, now))));
    }

    static ZoneId zone(String timeZone) {
        try {
            return timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private static List<LearnerProgress> rows(List<ProgrammeMember> members, List<BehindQuery.Due> due,
            Set<String> submitted, Map<UUID, Progress> counts, Instant now) {
        List<LearnerProgress> rows = new ArrayList<>();
        for (ProgrammeMember member : members) {
            ZoneId zone = zone(member.timeZone());
            List<Missing> missing = due.stream()
                    .filter(d -> !submitted.contains(d.assignmentId() + "/" + member.personId()))
                    .map(d -> new Missing(d.assignmentId(), d.title(), d.dueAt(),
                            d.dueAt().atZone(zone).toOffsetDateTime().toString(), now.isAfter(d.dueAt())))
                    .toList();
            rows.add(new LearnerProgress(member.personId(), member.displayName(), member.timeZone(),
                    member.groupId(), member.groupName(), !missing.isEmpty(), missing, counts.get(member.personId())));
        }
        rows.sort(Comparator.comparing((LearnerProgress r) -> !r.behind()));
        return rows;
    }
}
