package org.hlc.learning.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hlc.learning.assignment.AssignmentCommand.AllocatePeerReviews;
import org.hlc.learning.assignment.AssignmentCommand.ChangeDueDate;
import org.hlc.learning.assignment.AssignmentCommand.PublishAssignment;
import org.hlc.learning.assignment.AssignmentEvent.AssignmentDueDateChanged;
import org.hlc.learning.assignment.AssignmentEvent.AssignmentPublished;
import org.hlc.learning.assignment.AssignmentEvent.PeerReviewsAllocated;
import org.hlc.platform.http.ConflictException;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.InvalidInputException;
import org.junit.jupiter.api.Test;

class AssignmentDeciderTest {
    private static final Instant DUE = Instant.parse("2015-03-06T17:00:00Z");
    private static final UUID ASSIGNMENT = UUID.randomUUID();
    private final AssignmentDecider decider = new AssignmentDecider();

    private static AssignmentPublished published() {
        return new AssignmentPublished(ASSIGNMENT, UUID.randomUUID(), UUID.randomUUID(), "Revenue model", "Write",
                DUE, List.of(new RubricCriterion("clarity", 5)), "organizer", DUE.minusSeconds(86_400));
    }

    private static Map<UUID, UUID> submissions(int n) {
        Map<UUID, UUID> authors = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            authors.put(UUID.randomUUID(), UUID.randomUUID());
        }
        return authors;
    }

    @Test
    void publishes_an_assignment_with_distinct_rubric_criteria() {
        assertThat(decider.decide(new PublishAssignment(ASSIGNMENT, UUID.randomUUID(), UUID.randomUUID(), "t", "i",
                DUE, List.of(new RubricCriterion("clarity", 5)), "o", DUE), decider.initialState()))
                .singleElement().isInstanceOf(AssignmentPublished.class);
        assertThatThrownBy(() -> decider.decide(new PublishAssignment(ASSIGNMENT, UUID.randomUUID(),
                UUID.randomUUID(), "t", "i", DUE, List.of(new RubricCriterion("a", 5), new RubricCriterion("a", 3)),
                "o", DUE), decider.initialState())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void moving_the_due_date_records_the_previous_one_and_same_date_changes_nothing() {
        Assignment state = decider.fold(List.of(published()));
        Instant later = DUE.plusSeconds(86_400);
        assertThat(decider.decide(new ChangeDueDate(later, DUE), state)).singleElement()
                .isInstanceOfSatisfying(AssignmentDueDateChanged.class, e -> {
                    assertThat(e.dueAt()).isEqualTo(later);
                    assertThat(e.previousDueAt()).isEqualTo(DUE);
                });
        assertThat(decider.decide(new ChangeDueDate(DUE, DUE), state)).isEmpty();
    }

    @Test
    void allocates_peer_reviews_only_after_the_deadline_and_once() {
        Assignment state = decider.fold(List.of(published()));
        Map<UUID, UUID> authors = submissions(4);
        assertThatThrownBy(() -> decider.decide(new AllocatePeerReviews(2, authors, Map.of(), DUE.minusSeconds(1)),
                state)).isInstanceOf(DomainRuleException.class).hasMessageContaining("after the deadline");

        List<AssignmentEvent> events = decider.decide(new AllocatePeerReviews(2, authors, Map.of(), DUE), state);
        assertThat(events).singleElement().isInstanceOfSatisfying(PeerReviewsAllocated.class,
                e -> assertThat(e.allocations()).hasSize(4));

        Assignment allocated = decider.fold(List.of(published(), events.get(0)));
        assertThatThrownBy(() -> decider.decide(new AllocatePeerReviews(2, authors, Map.of(), DUE), allocated))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> decider.decide(new ChangeDueDate(DUE.plusSeconds(60), DUE), allocated))
                .isInstanceOf(DomainRuleException.class);
    }

    @Test
    void uses_fewer_reviewers_when_there_are_few_submissions_and_needs_two() {
        Assignment state = decider.fold(List.of(published()));
        assertThat(decider.decide(new AllocatePeerReviews(2, submissions(2), Map.of(), DUE), state)).singleElement()
                .isInstanceOfSatisfying(PeerReviewsAllocated.class,
                        e -> assertThat(e.reviewersPerSubmission()).isEqualTo(1));
        assertThatThrownBy(() -> decider.decide(new AllocatePeerReviews(2, submissions(1), Map.of(), DUE), state))
                .isInstanceOf(DomainRuleException.class).hasMessageContaining("two submissions");
    }
}
