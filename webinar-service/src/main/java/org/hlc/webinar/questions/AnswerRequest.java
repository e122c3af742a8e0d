package org.hlc.webinar.questions;

import jakarta.validation.constraints.Size;

/** The answer text is optional: answered live, nothing to write down. */
public record AnswerRequest(@Size(max = 4000) String answer) {
}
