package org.hlc.webinar.questions;

import java.util.UUID;

/**
 * A question's state; {@code status} is OPEN, ANSWERED, HIDDEN or CARRIED_OVER (handed to a group's coach).
 * {@code webinarId} is the webinar it is asked in now: carrying it over to the next webinar on the topic moves it
 * there ({@code carriedOverFrom} then names the webinar it came from).
 */
public record Question(UUID questionId, UUID webinarId, UUID askedBy, String text, String status, String answer,
        UUID carriedOverFrom, UUID carriedToCoach) {
    public static final Question NONE = new Question(null, null, null, null, null, null, null, null);

    public boolean exists() {
        return questionId != null;
    }

    Question with(UUID newWebinarId, String newStatus, String newAnswer, UUID from, UUID coach) {
        return new Question(questionId, newWebinarId, askedBy, text, newStatus, newAnswer, from, coach);
    }
}
