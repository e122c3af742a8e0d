package org.hlc.webinar.questions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * What closing a webinar's Q&amp;A carried over: to {@code toWebinarId} (the next webinar on the topic) or to
 * {@code toCoachPersonId} (the group's coach); neither when there was nowhere to carry them. {@code notCarried}
 * counts open questions with votes that stayed (nowhere to go, or changed meanwhile).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CarryOverResult(UUID webinarId, UUID toWebinarId, UUID toCoachPersonId, List<Carried> carried,
        int notCarried) {

    public record Carried(UUID questionId, int votes) {
    }
}
