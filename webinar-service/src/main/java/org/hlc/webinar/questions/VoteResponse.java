package org.hlc.webinar.questions;

import java.util.UUID;

/** Your vote on a question after the request; {@code changed} is false when it already was so. */
public record VoteResponse(UUID questionId, UUID personId, boolean upvoted, boolean changed) {
}
