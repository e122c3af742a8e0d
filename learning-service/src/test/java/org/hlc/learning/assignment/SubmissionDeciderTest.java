package org.hlc.learning.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.learning.assignment.SubmissionCommand.ReviewSubmission;
import org.hlc.learning.assignment.SubmissionCommand.Submit;
import org.hlc.learning.assignment.SubmissionEvent.PeerReviewSubmitted;
import org.hlc.learning.assignment.SubmissionEvent.SubmissionVersionSubmitted;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.ConflictException;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.InvalidInputException;
import org.junit.jupiter.api.Test;

class SubmissionDeciderTest {
    private static final Instant DUE = Instant.parse("2015-03-06T17:00:00Z");
    private static final UUID ASSIGNMENT = UUID.randomUUID();
    private static final UUID AUTHOR = UUID.randomUUID();
    private static final UUID REVIEWER = UUID.randomUUID();
    private static final UUID SUBMISSION = UUID.randomUUID();
    private final SubmissionDecider decider = new SubmissionDecider();

    private static Submit submit(Instant at) {
        return new Submit(SUBMISSION, ASSIGNMENT, AUTHOR, "text", List.of(), DUE, at);
    }

    private static SubmissionVersionSubmitted version(int number, boolean late) {
        return new SubmissionVersionSubmitted(SUBMISSION, ASSIGNMENT, AUTHOR, number, "v" + number, List.of(), late,
                DUE.minusSeconds(60));
    }

    private static Assignment allocated() {
        return new Assignment(ASSIGNMENT, UUID.randomUUID(), UUID.randomUUID(), "t", "i", DUE,
                List.of(new RubricCriterion("clarity", 5), new RubricCriterion("feasibility", 3)),
                List.of(new ReviewAllocation(SUBMISSION, AUTHOR, List.of(REVIEWER))));
    }

    @Test
    void keeps_every_version_submitted_before_the_deadline() {
        List<SubmissionEvent> events = decider.decide(submit(DUE.minusSeconds(1)),
                decider.fold(List.of(version(1, false))));
        assertThat(events).singleElement().extracting("number", "late").containsExactly(2, false);
    }

    @Test
    void accepts_a_first_submission_after_the_deadline_marked_late() {
        assertThat(decider.decide(submit(DUE.plusSeconds(1)), decider.initialState())).singleElement()
                .extracting("number", "late").containsExactly(1, true);
    }

    @Test
    void refuses_to_replace_a_submission_after_the_deadline() {
        assertThatThrownBy(() -> decider.decide(submit(DUE.plusSeconds(1)), decider.fold(List.of(version(1, false)))))
                .isInstanceOf(DomainRuleException.class).hasMessageContaining("deadline");
    }

    @Test
    void records_a_review_by_an_allocated_reviewer() {
        List<SubmissionEvent> events = decider.decide(new ReviewSubmission(allocated(), REVIEWER,
                List.of(new CriterionScore("clarity", 5), new CriterionScore("feasibility", 0)), "good", DUE),
                decider.fold(List.of(version(1, false))));
        assertThat(events).singleElement().isInstanceOf(PeerReviewSubmitted.class);
        assertThatThrownBy(() -> decider.decide(new ReviewSubmission(allocated(), REVIEWER, List.of(
                new CriterionScore("clarity", 1), new CriterionScore("feasibility", 1)), "again", DUE),
                decider.fold(List.of(version(1, false), events.get(0))))).isInstanceOf(ConflictException.class);
    }

    @Test
    void refuses_a_review_by_someone_not_allocated() {
        assertThatThrownBy(() -> decider.decide(new ReviewSubmission(allocated(), AUTHOR,
                List.of(new CriterionScore("clarity", 1), new CriterionScore("feasibility", 1)), "self", DUE),
                decider.fold(List.of(version(1, false))))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void refuses_scores_out_of_range_unknown_or_missing_criteria() {
        Submission submitted = decider.fold(List.of(version(1, false)));
        assertThatThrownBy(() -> decider.decide(new ReviewSubmission(allocated(), REVIEWER, List.of(
                new CriterionScore("clarity", 6), new CriterionScore("feasibility", 1)), "c", DUE), submitted))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("scores[0].score");
        assertThatThrownBy(() -> decider.decide(new ReviewSubmission(allocated(), REVIEWER, List.of(
                new CriterionScore("clarity", 1), new CriterionScore("feasibility", -1)), "c", DUE), submitted))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("scores[1].score");
        assertThatThrownBy(() -> decider.decide(new ReviewSubmission(allocated(), REVIEWER, List.of(
                new CriterionScore("beauty", 1)), "c", DUE), submitted))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("scores[0].criterion");
        assertThatThrownBy(() -> decider.decide(new ReviewSubmission(allocated(), REVIEWER, List.of(
                new CriterionScore("clarity", 1)), "c", DUE), submitted))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("missing feasibility");
    }
}
