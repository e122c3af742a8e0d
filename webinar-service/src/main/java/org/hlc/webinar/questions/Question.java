package org.hlc.webinar.questions;

import java.util.UUID;

/** A question's state; {@code status} is OPEN, ANSWERED or HIDDEN. */
public record Question(UUID questionId, UUID webinarId, UUID askedBy, String text, String status, String answer) {
    public static final Question NONE = new Question(null, null, null, null, null, null);

    public boolean exists() {
        return questionId != null;
    }
}
