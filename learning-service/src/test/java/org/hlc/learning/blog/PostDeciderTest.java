package org.hlc.learning.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.learning.blog.PostCommand.AddReaction;
import org.hlc.learning.blog.PostCommand.AddReflection;
import org.hlc.learning.blog.PostCommand.RevisePost;
import org.hlc.learning.blog.PostEvent.PostWritten;
import org.hlc.learning.blog.PostEvent.ReactionAdded;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.DomainRuleException;
import org.junit.jupiter.api.Test;

class PostDeciderTest {
    private static final Instant NOW = Instant.parse("2015-03-05T10:00:00Z");
    private static final UUID AUTHOR = UUID.randomUUID();
    private static final UUID PEER = UUID.randomUUID();
    private final PostDecider decider = new PostDecider();

    private Post written(String visibility) {
        return decider.fold(List.of(new PostWritten(UUID.randomUUID(), UUID.randomUUID(), AUTHOR, "t", "m",
                List.of("a"), visibility, NOW)));
    }

    @Test
    void only_the_author_revises_and_an_unchanged_revision_records_nothing() {
        Post post = written("draft");
        assertThat(decider.decide(new RevisePost(AUTHOR, "t", "m", List.of("a"), "draft", NOW), post)).isEmpty();
        assertThat(decider.decide(new RevisePost(AUTHOR, "t", "m", List.of("a"), "public", NOW), post)).hasSize(1);
        assertThatThrownBy(() -> decider.decide(new RevisePost(PEER, "t", "x", List.of(), "public", NOW), post))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void drafts_take_no_reflections() {
        assertThatThrownBy(() -> decider.decide(new AddReflection(UUID.randomUUID(), PEER, "nice", NOW),
                written("draft"))).isInstanceOf(DomainRuleException.class);
        assertThat(decider.decide(new AddReflection(UUID.randomUUID(), PEER, "nice", NOW), written("community")))
                .hasSize(1);
    }

    @Test
    void the_same_reaction_twice_counts_once() {
        Post post = written("public");
        List<PostEvent> first = decider.decide(new AddReaction(PEER, "like", NOW), post);
        assertThat(first).singleElement().isInstanceOf(ReactionAdded.class);
        Post liked = decider.evolve(post, first.get(0));
        assertThat(decider.decide(new AddReaction(PEER, "like", NOW), liked)).isEmpty();
        assertThat(decider.decide(new AddReaction(PEER, "insightful", NOW), liked)).hasSize(1);
    }
}
