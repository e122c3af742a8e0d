package org.hlc.webinar.questions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.platform.eventstore.Decider;
import org.hlc.webinar.questions.QuestionEvent.QuestionUpvoteWithdrawn;
import org.hlc.webinar.questions.QuestionEvent.QuestionUpvoted;

/** One person's vote on one question: upvoting twice or withdrawing twice records nothing the second time. */
public class VoteDecider implements Decider<VoteDecider.Command, QuestionEvent, Boolean> {

    public record Command(UUID questionId, UUID webinarId, UUID personId, boolean upvote, Instant now) {
    }

    @Override
    public Boolean initialState() {
        return false;
    }

    @Override
    public Boolean evolve(Boolean voted, QuestionEvent event) {
        if (event instanceof QuestionUpvoted) {
            return true;
        }
        if (event instanceof QuestionUpvoteWithdrawn) {
            return false;
        }
        return voted;
    }

    @Override
    public List<QuestionEvent> decide(Command c, Boolean voted) {
        if (c.upvote() == voted) {
            return List.of();
        }
        return List.of(c.upvote() ? new QuestionUpvoted(c.questionId(), c.webinarId(), c.personId(), c.now())
                : new QuestionUpvoteWithdrawn(c.questionId(), c.webinarId(), c.personId(), c.now()));
    }
}
