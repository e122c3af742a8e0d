package org.hlc.learning.blog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A post with its Markdown rendered to safe HTML, its reflections, and reaction counts. */
public record PostView(UUID id, UUID programmeId, UUID authorPersonId, String title, String markdown, String html,
        List<String> tags, String visibility, Instant writtenAt, Instant updatedAt, List<ReflectionView> reflections,
        Map<String, Integer> reactions, long version) {

    public record ReflectionView(UUID id, UUID authorPersonId, String markdown, String html, Instant addedAt) {
    }

    static PostView of(Post p, long version) {
        Map<String, Integer> reactions = new TreeMap<>();
        p.reactions().forEach(r -> reactions.merge(r.reaction(), 1, Integer::sum));
        return new PostView(p.postId(), p.programmeId(), p.authorPersonId(), p.title(), p.markdown(),
                Markdown.toSafeHtml(p.markdown()), p.tags(), p.visibility(), p.writtenAt(), p.updatedAt(),
                p.reflections().stream().map(r -> new ReflectionView(r.reflectionId(), r.authorPersonId(),
                        r.markdown(), Markdown.toSafeHtml(r.markdown()), r.addedAt())).toList(),
                reactions, version);
    }
}
