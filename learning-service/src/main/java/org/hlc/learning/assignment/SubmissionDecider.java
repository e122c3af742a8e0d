package org.hlc.learning.assignment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hlc.learning.assignment.SubmissionCommand.GiveFeedback;
import org.hlc.learning.assignment.SubmissionCommand.ReviewSubmission;
import org.hlc.learning.assignment.SubmissionCommand.Submit;
import org.hlc.learning.assignment.SubmissionEvent.CoachFeedbackGiven;
import org.hlc.learning.assignment.SubmissionEvent.PeerReviewSubmitted;
import org.hlc.learning.assignment.SubmissionEvent.SubmissionVersionSubmitted;
import org.hlc.platform.eventstore.Decider;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.ConflictException;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.InvalidInputException;
import org.hlc.platform.http.InvalidParam;
import org.hlc.platform.http.ResourceNotFoundException;

public class SubmissionDecider implements Decider<SubmissionCommand, SubmissionEvent, Submission> {

    @Override
    public Submission initialState() {
        return Submission.NONE;
    }

    @Override
    public Submission evolve(Submission s, SubmissionEvent event) {
        if (event instanceof SubmissionVersionSubmitted e) {
            return new Submission(e.submissionId(), e.assignmentId(), e.personId(),
                    Submission.plus(s.versions(), new Submission.Version(e.number(), e.text(), List.copyOf(e.links()),
                            e.late(), e.submittedAt())), s.feedback(), s.reviews());
        }
        if (event instanceof CoachFeedbackGiven e) {
            return new Submission(s.submissionId(), s.assignmentId(), s.personId(), s.versions(),
                    Submission.plus(s.feedback(), new Submission.Feedback(e.coachSubject(), e.comment(), e.givenAt())),
                    s.reviews());
        }
        if (event instanceof PeerReviewSubmitted e) {
            return new Submission(s.submissionId(), s.assignmentId(), s.personId(), s.versions(), s.feedback(),
                    Submission.plus(s.reviews(), new Submission.Review(e.reviewerPersonId(), List.copyOf(e.scores()),
                            e.comment(), e.submittedAt())));
        }
        return s;
    }

    @Override
    public List<SubmissionEvent> decide(SubmissionCommand command, Submission state) {
        if (command instanceof Submit c) {
            boolean late = c.now().isAfter(c.dueAt());
            if (state.exists() && late) {
                throw new DomainRuleException("resubmission-closed",
                        "versions can be replaced until the deadline " + c.dueAt() + " only",
                        Map.of("dueAt", c.dueAt().toString()));
            }
            return List.of(new SubmissionVersionSubmitted(c.submissionId(), c.assignmentId(), c.personId(),
                    state.versions().size() + 1, c.text(), List.copyOf(c.links()), late, c.now()));
        }
        if (!state.exists()) {
            throw new ResourceNotFoundException("submission", "(unknown)");
        }
        if (command instanceof GiveFeedback c) {
            return List.of(new CoachFeedbackGiven(state.submissionId(), state.assignmentId(), state.personId(),
                    c.coachSubject(), c.comment(), c.now()));
        }
        if (command instanceof ReviewSubmission c) {
            boolean allocated = c.assignment().allocationOf(state.submissionId())
                    .map(a -> a.reviewerPersonIds().contains(c.reviewerPersonId())).orElse(false);
            if (!allocated) {
                throw new AccessDeniedException("this submission is not allocated to you for review");
            }
            if (state.reviews().stream().anyMatch(r -> r.reviewerPersonId().equals(c.reviewerPersonId()))) {
                throw new ConflictException("already-reviewed", "you have already reviewed this submission");
            }
            checkScores(c.assignment().rubric(), c.scores());
            return List.of(new PeerReviewSubmitted(state.submissionId(), state.assignmentId(), state.personId(),
                    c.reviewerPersonId(), List.copyOf(c.scores()), c.comment(), c.now()));
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    /** Every rubric criterion scored exactly once, each score within 0..maxScore. */
    static void checkScores(List<RubricCriterion> rubric, List<CriterionScore> scores) {
        List<InvalidParam> invalid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scores.size(); i++) {
            CriterionScore score = scores.get(i);
            RubricCriterion criterion = rubric.stream().filter(r -> r.criterion().equals(score.criterion()))
                    .findFirst().orElse(null);
            if (criterion == null) {
                invalid.add(new InvalidParam("scores[" + i + "].criterion", "is not a criterion of the rubric"));
            } else if (!seen.add(score.criterion())) {
                invalid.add(new InvalidParam("scores[" + i + "].criterion", "is scored twice"));
            } else if (score.score() < 0 || score.score() > criterion.maxScore()) {
                invalid.add(new InvalidParam("scores[" + i + "].score",
                        "must be between 0 and " + criterion.maxScore()));
            }
        }
        for (RubricCriterion criterion : rubric) {
            if (!seen.contains(criterion.criterion()) && invalid.isEmpty()) {
                invalid.add(new InvalidParam("scores", "must score every criterion; missing " + criterion.criterion()));
            }
        }
        if (!invalid.isEmpty()) {
            throw new InvalidInputException(invalid);
        }
    }
}
