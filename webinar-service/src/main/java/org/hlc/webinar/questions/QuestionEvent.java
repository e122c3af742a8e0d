package org.hlc.webinar.questions;

import java.time.Instant;
import java.util.UUID;
import org.hlc.platform.events.EventType;

/**
 * Live Q&amp;A. A question lives on question-{questionId}; each person's vote on it lives on its own stream
 * question-vote-{questionId}-{personId}, so a double upvote (even a concurrent one) is counted once.
 */
public sealed interface QuestionEvent {
    UUID questionId();

    @EventType("QuestionAsked")
    record QuestionAsked(UUID questionId, UUID webinarId, UUID personId, String subject, String text, Instant askedAt)
            implements QuestionEvent {
    }

    @EventType("QuestionAnswered")
    record QuestionAnswered(UUID questionId, UUID webinarId, String answer, UUID answeredBy, Instant answeredAt)
            implements QuestionEvent {
    }

    @EventType("QuestionHidden")
    record QuestionHidden(UUID questionId, UUID webinarId, String reason, UUID hiddenBy, Instant hiddenAt)
            implements QuestionEvent {
    }

    /**
     * An unanswered question with votes outlived its webinar ({@code webinarId}): it now belongs to the next webinar
     * on the same topic ({@code toWebinarId}) or, when there was none, to the coach of the webinar's group
     * ({@code toCoachPersonId}); exactly one of the two is set. {@code votes} is the count it carried.
     */
    @EventType("QuestionCarriedOver")
    record QuestionCarriedOver(UUID questionId, UUID webinarId, UUID toWebinarId, UUID toCoachPersonId, int votes,
            Instant carriedAt) implements QuestionEvent {
    }

    @EventType("QuestionUpvoted")
    record QuestionUpvoted(UUID questionId, UUID webinarId, UUID personId, Instant votedAt) implements QuestionEvent {
    }

    @EventType("QuestionUpvoteWithdrawn")
    record QuestionUpvoteWithdrawn(UUID questionId, UUID webinarId, UUID personId, Instant withdrawnAt)
            implements QuestionEvent {
    }
}
