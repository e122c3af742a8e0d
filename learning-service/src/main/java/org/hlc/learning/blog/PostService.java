package org.hlc.learning.blog;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hlc.learning.blog.PostCommand.AddReaction;
import org.hlc.learning.blog.PostCommand.AddReflection;
import org.hlc.learning.blog.PostCommand.RevisePost;
import org.hlc.learning.blog.PostCommand.WritePost;
import org.hlc.learning.membership.MembershipQuery;
import org.hlc.learning.programme.ProgrammeService;
import org.hlc.learning.roster.RosterPerson;
import org.hlc.learning.roster.RosterQuery;
import org.hlc.platform.eventstore.AppendRequest;
import org.hlc.platform.eventstore.CommandHandler;
import org.hlc.platform.eventstore.CommandResult;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.eventstore.ExpectedVersion;
import org.hlc.platform.eventstore.Folded;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.ResourceNotFoundException;
import org.hlc.platform.security.RequestContext;

@ApplicationScoped
public class PostService {
    static final String STREAM_TYPE = "post";
    private static final PostDecider DECIDER = new PostDecider();

    private final EventStore store;
    private final CommandHandler handler;
    private final ProgrammeService programmes;
    private final RosterQuery roster;
    private final MembershipQuery membership;
    private final Clock clock;

    public PostService(EventStore store, CommandHandler handler, ProgrammeService programmes, RosterQuery roster,
            MembershipQuery membership) {
        this.store = store;
        this.handler = handler;
        this.programmes = programmes;
        this.roster = roster;
        this.membership = membership;
        this.clock = Clock.systemUTC();
    }

    static String streamId(UUID postId) {
        return "post-" + postId;
    }

    public Uni<CommandResult<PostEvent, Post>> write(UUID programmeId, PostRequest request, RequestContext caller) {
        return onRoster(caller).flatMap(person -> {
            if (!person.learner()) {
                throw new AccessDeniedException("only learners of the programme write posts");
            }
            return programmes.get(programmeId).flatMap(programme -> membership.requireLearner(caller.subject(),
                    programme.state().editionId(), programme.state().cohort())).flatMap(member -> {
                UUID postId = UUID.randomUUID();
                List<PostEvent> events = DECIDER.decide(new WritePost(postId, programmeId, person.personId(),
                        request.title().strip(), request.markdown(), tags(request), request.visibility(), now()),
                        DECIDER.initialState());
                return store.append(new AppendRequest(streamId(postId), STREAM_TYPE, ExpectedVersion.noStream(),
                        events), caller.metadata())
                        .map(version -> new CommandResult<>(streamId(postId), version, events, DECIDER.fold(events)));
            });
        });
    }

    public Uni<CommandResult<PostEvent, Post>> revise(UUID postId, PostRequest request, long ifMatch,
            RequestContext caller) {
        return onRoster(caller).flatMap(person -> visible(postId, person).flatMap(current -> handler.handle(
                streamId(postId), STREAM_TYPE, DECIDER, new RevisePost(person.personId(), request.title().strip(),
                        request.markdown(), tags(request), request.visibility(), now()),
                Optional.of(ifMatch), caller.metadata())));
    }

    public Uni<CommandResult<PostEvent, Post>> reflect(UUID postId, ReflectionRequest request,
            RequestContext caller) {
        return onRoster(caller).flatMap(person -> visible(postId, person).flatMap(current -> handler.handle(
                streamId(postId), STREAM_TYPE, DECIDER,
                new AddReflection(UUID.randomUUID(), person.personId(), request.markdown(), now()),
                Optional.empty(), caller.metadata())));
    }

    public Uni<CommandResult<PostEvent, Post>> react(UUID postId, ReactionRequest request, RequestContext caller) {
        return onRoster(caller).flatMap(person -> visible(postId, person).flatMap(current -> handler.handle(
                streamId(postId), STREAM_TYPE, DECIDER, new AddReaction(person.personId(), request.reaction(), now()),
                Optional.empty(), caller.metadata())));
    }

    /** Drafts are visible to their author only; to anyone else they do not exist. */
    public Uni<Folded<Post>> read(UUID postId, RequestContext caller) {
        return roster.bySubject(caller.subject()).flatMap(person -> load(postId).map(folded -> {
            boolean author = person.isPresent() && person.get().personId().equals(folded.state().authorPersonId());
            if (folded.state().draft() && !author) {
                throw new ResourceNotFoundException("post", postId.toString());
            }
            return folded;
        }));
    }

    private Uni<Folded<Post>> visible(UUID postId, RosterPerson person) {
        return load(postId).map(folded -> {
            if (folded.state().draft() && !person.personId().equals(folded.state().authorPersonId())) {
                throw new ResourceNotFoundException("post", postId.toString());
            }
            return folded;
        });
    }

    private Uni<Folded<Post>> load(UUID postId) {
        return store.load(streamId(postId), DECIDER.initialState(),
                (state, event) -> DECIDER.evolve(state, (PostEvent) event)).map(folded -> {
                    if (!folded.exists()) {
                        throw new ResourceNotFoundException("post", postId.toString());
                    }
                    return folded;
                });
    }

    private Uni<RosterPerson> onRoster(RequestContext caller) {
        return roster.bySubject(caller.subject()).map(person -> person.orElseThrow(
                () -> new AccessDeniedException("you are not on the programme roster")));
    }

    private static List<String> tags(PostRequest request) {
        return request.tags() == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(request.tags()));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
