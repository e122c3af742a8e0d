package org.hlc.webinar.questions;

import java.time.Instant;
import java.util.UUID;

public sealed interface QuestionCommand {

    /**
     * {@code webinarOpen} is false when the webinar was cancelled or has ended; {@code inAudience} whether the asker
     * belongs to the webinar's audience.
     */
    record Ask(UUID questionId, UUID webinarId, boolean webinarOpen, boolean inAudience, UUID personId,
            String subject, String text, Instant now) implements QuestionCommand {
    }

    /**
     * Hand an unanswered question with votes on: to {@code toWebinarId} (the next webinar on the same topic) or, when
     * there is none, to {@code toCoachPersonId} (the coach of the webinar's group). {@code webinarOver}: the webinar
     * it is asked in has ended or was cancelled.
     */
    record CarryOver(UUID fromWebinarId, boolean webinarOver, UUID toWebinarId, UUID toCoachPersonId, int votes,
            Instant now) implements QuestionCommand {
    }

    /** {@code byHost} is whether the caller hosts the question's webinar (or is an organizer). */
    record Answer(String answer, UUID by, boolean byHost, Instant now) implements QuestionCommand {
    }

    record Hide(String reason, UUID by, boolean byHost, Instant now) implements QuestionCommand {
    }
}
