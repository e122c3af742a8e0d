package org.hlc.webinar.questions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionView(UUID id, UUID webinarId, UUID askedBy, String text, String status, String answer,
        Integer votes, Instant askedAt) {
}
