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

    @EventType("QuestionUpvoted")
    record QuestionUpvoted(UUID questionId, UUID webinarId, UUID personId, Instant votedAt) implements QuestionEvent {
    }

    @EventType("QuestionUpvoteWithdrawn")
    record QuestionUpvoteWithdrawn(UUID questionId, UUID webinarId, UUID personId, Instant withdrawnAt)
            implements QuestionEvent {
    }
}
