package org.hlc.learning.blog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.platform.events.EventType;

/** Facts about a participant's blog post, its reflections and reactions (stream post-{postId}). */
public sealed interface PostEvent {
    UUID postId();

    @EventType("PostWritten")
    record PostWritten(UUID postId, UUID programmeId, UUID authorPersonId, String title, String markdown,
            List<String> tags, String visibility, Instant writtenAt) implements PostEvent {
    }

    @EventType("PostRevised")
    record PostRevised(UUID postId, UUID programmeId, String title, String markdown, List<String> tags,
            String visibility, Instant revisedAt) implements PostEvent {
    }

    @EventType("ReflectionAdded")
    record ReflectionAdded(UUID postId, UUID programmeId, UUID reflectionId, UUID authorPersonId, String markdown,
            Instant addedAt) implements PostEvent {
    }

    @EventType("ReactionAdded")
    record ReactionAdded(UUID postId, UUID programmeId, UUID personId, String reaction, Instant addedAt)
            implements PostEvent {
    }
}
