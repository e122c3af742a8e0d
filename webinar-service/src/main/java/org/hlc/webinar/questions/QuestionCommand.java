package org.hlc.webinar.questions;

import java.time.Instant;
import java.util.UUID;

public sealed interface QuestionCommand {

    /** {@code webinarOpen} is false when the webinar was cancelled or has ended. */
    record Ask(UUID questionId, UUID webinarId, boolean webinarOpen, UUID personId, String subject, String text,
            Instant now) implements QuestionCommand {
    }

    /** {@code byHost} is whether the caller hosts the question's webinar (or is an organizer). */
    record Answer(String answer, UUID by, boolean byHost, Instant now) implements QuestionCommand {
    }

    record Hide(String reason, UUID by, boolean byHost, Instant now) implements QuestionCommand {
    }
}
