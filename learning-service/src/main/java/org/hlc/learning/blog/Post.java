package org.hlc.learning.blog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

public record Post(UUID postId, UUID programmeId, UUID authorPersonId, String title, String markdown,
        List<String> tags, String visibility, Instant writtenAt, Instant updatedAt, List<Reflection> reflections,
        List<Reaction> reactions) {

    public static final String DRAFT = "draft";
    public static final String COMMUNITY = "community";
    public static final String PUBLIC = "public";
    public static final Post NONE = new Post(null, null, null, null, null, List.of(), DRAFT, null, null, List.of(),
            List.of());

    public boolean exists() {
        return postId != null;
    }

    public boolean draft() {
        return DRAFT.equals(visibility);
    }

    public record Reflection(UUID reflectionId, UUID authorPersonId, String markdown, Instant addedAt) {
    }

    public record Reaction(UUID personId, String reaction) {
    }

    static <T> List<T> plus(List<T> list, T item) {
        List<T> all = new ArrayList<>(list);
        all.add(item);
        return List.copyOf(all);
    }
}
