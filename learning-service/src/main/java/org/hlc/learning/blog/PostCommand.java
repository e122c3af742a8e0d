package org.hlc.learning.blog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public sealed interface PostCommand {

    record WritePost(UUID postId, UUID programmeId, UUID authorPersonId, String title, String markdown,
            List<String> tags, String visibility, Instant now) implements PostCommand {
    }

    record RevisePost(UUID editorPersonId, String title, String markdown, List<String> tags, String visibility,
            Instant now) implements PostCommand {
    }

    record AddReflection(UUID reflectionId, UUID authorPersonId, String markdown, Instant now) implements PostCommand {
    }

    record AddReaction(UUID personId, String reaction, Instant now) implements PostCommand {
    }
}
