package org.hlc.webinar.questions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * A question as listed. {@code carriedOverFrom}: it was asked in that earlier webinar on the same topic and carried
 * over to this one unanswered; {@code carriedToCoach}: status CARRIED_OVER, handed to that coach.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionView(UUID id, UUID webinarId, UUID askedBy, String text, String status, String answer,
        Integer votes, Instant askedAt, UUID carriedOverFrom, UUID carriedToCoach) {
}
