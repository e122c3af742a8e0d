package org.hlc.learning.assignment;

import java.util.List;
import java.util.Map;
import org.hlc.learning.assignment.AssignmentCommand.AllocatePeerReviews;
import org.hlc.learning.assignment.AssignmentCommand.ChangeDueDate;
import org.hlc.learning.assignment.AssignmentCommand.PublishAssignment;
import org.hlc.learning.assignment.AssignmentEvent.AssignmentDueDateChanged;
import org.hlc.learning.assignment.AssignmentEvent.AssignmentPublished;
import org.hlc.learning.assignment.AssignmentEvent.PeerReviewsAllocated;
import org.hlc.learning.review.PeerReviewAllocation;
import org.hlc.platform.eventstore.Decider;
import org.hlc.platform.http.ConflictException;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.InvalidInputException;
import org.hlc.platform.http.ResourceNotFoundException;

public class AssignmentDecider implements Decider<AssignmentCommand, AssignmentEvent, Assignment> {

    @Override
    public Assignment initialState() {
        return Assignment.NONE;
    }

    @Override
    public Assignment evolve(Assignment s, AssignmentEvent event) {
        if (event instanceof AssignmentPublished e) {
            return new Assignment(e.assignmentId(), e.programmeId(), e.moduleId(), e.title(), e.instructions(),
                    e.dueAt(), List.copyOf(e.rubric()), List.of());
        }
        if (event instanceof AssignmentDueDateChanged e) {
            return new Assignment(s.assignmentId(), s.programmeId(), s.moduleId(), s.title(), s.instructions(),
                    e.dueAt(), s.rubric(), s.allocations());
        }
        if (event instanceof PeerReviewsAllocated e) {
            return new Assignment(s.assignmentId(), s.programmeId(), s.moduleId(), s.title(), s.instructions(),
                    s.dueAt(), s.rubric(), List.copyOf(e.allocations()));
        }
        return s;
    }

    @Override
    public List<AssignmentEvent> decide(AssignmentCommand command, Assignment state) {
        if (command instanceof PublishAssignment c) {
            if (state.exists()) {
                throw new ConflictException("assignment-exists", "assignment " + c.assignmentId() + " exists");
            }
            long distinct = c.rubric().stream().map(RubricCriterion::criterion).distinct().count();
            if (distinct != c.rubric().size()) {
                throw new InvalidInputException("rubric", "criteria must have distinct names");
            }
            return List.of(new AssignmentPublished(c.assignmentId(), c.programmeId(), c.moduleId(), c.title(),
                    c.instructions(), c.dueAt(), List.copyOf(c.rubric()), c.publishedBy(), c.now()));
        }
        if (!state.exists()) {
            throw new ResourceNotFoundException("assignment", "(unknown)");
        }
        if (command instanceof ChangeDueDate c) {
            if (c.dueAt().equals(state.dueAt())) {
                return List.of();
            }
            if (state.reviewsAllocated()) {
                throw new DomainRuleException("reviews-already-allocated",
                        "peer reviews were allocated at the deadline; it can no longer move");
            }
            return List.of(new AssignmentDueDateChanged(state.assignmentId(), state.programmeId(), state.moduleId(),
                    state.title(), c.dueAt(), state.dueAt(), c.now()));
        }
        if (command instanceof AllocatePeerReviews c) {
            if (c.now().isBefore(state.dueAt())) {
                throw new DomainRuleException("deadline-not-passed",
                        "peer reviews are allocated after the deadline " + state.dueAt(),
                        Map.of("dueAt", state.dueAt().toString()));
            }
            if (state.reviewsAllocated()) {
                throw new ConflictException("reviews-already-allocated", "peer reviews are already allocated");
            }
            if (c.authors().size() < 2) {
                throw new DomainRuleException("not-enough-submissions",
                        "peer review needs at least two submissions, there are " + c.authors().size());
            }
            int k = Math.min(c.reviewersPerSubmission(), c.authors().size() - 1);
            List<ReviewAllocation> allocations = PeerReviewAllocation.allocate(c.authors(), k, c.groups());
            return List.of(new PeerReviewsAllocated(state.assignmentId(), k, allocations, c.now()));
        }
        throw new IllegalArgumentException("unknown command " + command);
    }
}
