package org.hlc.learning.blog;

import java.util.List;
import org.hlc.learning.blog.PostCommand.AddReaction;
import org.hlc.learning.blog.PostCommand.AddReflection;
import org.hlc.learning.blog.PostCommand.RevisePost;
import org.hlc.learning.blog.PostCommand.WritePost;
import org.hlc.learning.blog.PostEvent.PostRevised;
import org.hlc.learning.blog.PostEvent.PostWritten;
import org.hlc.learning.blog.PostEvent.ReactionAdded;
import org.hlc.learning.blog.PostEvent.ReflectionAdded;
import org.hlc.platform.eventstore.Decider;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.ConflictException;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.ResourceNotFoundException;

public class PostDecider implements Decider<PostCommand, PostEvent, Post> {

    @Override
    public Post initialState() {
        return Post.NONE;
    }

    @Override
    public Post evolve(Post s, PostEvent event) {
        if (event instanceof PostWritten e) {
            return new Post(e.postId(), e.programmeId(), e.authorPersonId(), e.title(), e.markdown(),
                    List.copyOf(e.tags()), e.visibility(), e.writtenAt(), e.writtenAt(), List.of(), List.of());
        }
        if (event instanceof PostRevised e) {
            return new Post(s.postId(), s.programmeId(), s.authorPersonId(), e.title(), e.markdown(),
                    List.copyOf(e.tags()), e.visibility(), s.writtenAt(), e.revisedAt(), s.reflections(),
                    s.reactions());
        }
        if (event instanceof ReflectionAdded e) {
            return new Post(s.postId(), s.programmeId(), s.authorPersonId(), s.title(), s.markdown(), s.tags(),
                    s.visibility(), s.writtenAt(), s.updatedAt(), Post.plus(s.reflections(),
                            new Post.Reflection(e.reflectionId(), e.authorPersonId(), e.markdown(), e.addedAt())),
                    s.reactions());
        }
        if (event instanceof ReactionAdded e) {
            return new Post(s.postId(), s.programmeId(), s.authorPersonId(), s.title(), s.markdown(), s.tags(),
                    s.visibility(), s.writtenAt(), s.updatedAt(), s.reflections(),
                    Post.plus(s.reactions(), new Post.Reaction(e.personId(), e.reaction())));
        }
        return s;
    }

    @Override
    public List<PostEvent> decide(PostCommand command, Post state) {
        if (command instanceof WritePost c) {
            if (state.exists()) {
                throw new ConflictException("post-exists", "post " + c.postId() + " exists");
            }
            return List.of(new PostWritten(c.postId(), c.programmeId(), c.authorPersonId(), c.title(), c.markdown(),
                    List.copyOf(c.tags()), c.visibility(), c.now()));
        }
        if (!state.exists()) {
            throw new ResourceNotFoundException("post", "(unknown)");
        }
        if (command instanceof RevisePost c) {
            if (!state.authorPersonId().equals(c.editorPersonId())) {
                throw new AccessDeniedException("only the author revises a post");
            }
            if (c.title().equals(state.title()) && c.markdown().equals(state.markdown())
                    && c.tags().equals(state.tags()) && c.visibility().equals(state.visibility())) {
                return List.of();
            }
            return List.of(new PostRevised(state.postId(), state.programmeId(), c.title(), c.markdown(),
                    List.copyOf(c.tags()), c.visibility(), c.now()));
        }
        if (state.draft()) {
            throw new DomainRuleException("post-is-draft", "drafts take no reflections or reactions");
        }
        if (command instanceof AddReflection c) {
            return List.of(new ReflectionAdded(state.postId(), state.programmeId(), c.reflectionId(),
                    c.authorPersonId(), c.markdown(), c.now()));
        }
        if (command instanceof AddReaction c) {
            boolean already = state.reactions().stream()
                    .anyMatch(r -> r.personId().equals(c.personId()) && r.reaction().equals(c.reaction()));
            return already ? List.of()
                    : List.of(new ReactionAdded(state.postId(), state.programmeId(), c.personId(), c.reaction(),
                            c.now()));
        }
        throw new IllegalArgumentException("unknown command " + command);
    }
}
