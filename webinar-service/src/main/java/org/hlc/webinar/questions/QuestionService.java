package org.hlc.webinar.questions;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hlc.platform.eventstore.CommandHandler;
import org.hlc.platform.eventstore.CommandResult;
import org.hlc.platform.eventstore.EventMetadata;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.eventstore.Folded;
import org.hlc.platform.eventstore.StreamConflictException;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.ResourceNotFoundException;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;
import org.hlc.webinar.people.AudienceDirectory;
import org.hlc.webinar.people.AudiencePerson;
import org.hlc.webinar.webinar.Webinar;
import org.hlc.webinar.webinar.WebinarService;

@ApplicationScoped
public class QuestionService {
    private static final QuestionDecider QUESTIONS = new QuestionDecider();
    private static final VoteDecider VOTES = new VoteDecider();
    private static final int RETRIES = 5;

    private final EventStore store;
    private final CommandHandler handler;
    private final WebinarService webinars;
    private final AudienceDirectory audience;
    private final QuestionQuery query;
    private final Clock clock = Clock.systemUTC();

    public QuestionService(EventStore store, CommandHandler handler, WebinarService webinars,
            AudienceDirectory audience, QuestionQuery query) {
        this.query = query;
        this.store = store;
        this.handler = handler;
        this.webinars = webinars;
        this.audience = audience;
    }

    static String streamId(UUID questionId) {
        return "question-" + questionId;
    }

    static String voteStreamId(UUID questionId, UUID personId) {
        return "question-vote-" + questionId + "-" + personId;
    }

    public Uni<CommandResult<QuestionEvent, Question>> ask(UUID webinarId, AskRequest request, RequestContext caller) {
        UUID questionId = UUID.randomUUID();
        return self(caller).flatMap(person -> webinars.get(webinarId).flatMap(webinar -> {
            Webinar w = webinar.state();
            boolean open = !w.cancelled() && now().isBefore(w.endsAt());
            return webinars.inAudience(w, person, caller).flatMap(member -> handler.handle(streamId(questionId),
                    "question", QUESTIONS, new QuestionCommand.Ask(questionId, webinarId, open, member,
                            person.personId(), person.subject(), request.text().strip(), now()),
                    Optional.empty(), caller.metadata()));
        }));
    }

    /** Upvote or withdraw; the vote stream is per person and question, so repeating changes nothing. */
    public Uni<VoteResponse> vote(UUID webinarId, UUID questionId, boolean upvote, RequestContext caller) {
        return self(caller).flatMap(person -> question(webinarId, questionId).flatMap(question -> {
            if ("HIDDEN".equals(question.state().status()) && upvote) {
                throw new DomainRuleException("question-hidden", "a hidden question cannot be upvoted");
            }
            return webinars.get(webinarId).flatMap(webinar -> webinars.inAudience(webinar.state(), person, caller))
                    .flatMap(member -> {
                        if (!member) {
                            throw new AccessDeniedException("only the webinar's audience votes on its questions");
                        }
                        return handler.handle(voteStreamId(questionId, person.personId()), "question-vote", VOTES,
                                new VoteDecider.Command(questionId, webinarId, person.personId(), upvote, now()),
                                Optional.empty(), caller.metadata());
                    })
                    .map(result -> new VoteResponse(questionId, person.personId(), result.state(),
                            !result.events().isEmpty()));
        })).onFailure(StreamConflictException.class).retry().atMost(RETRIES);
    }

    /**
     * Hands the webinar's unanswered questions with votes on (host or organizer; once it has ended or was
     * cancelled): to the next scheduled webinar of the same programme on the same topic (for the same group, or for
     * the whole programme), else to the coach of the webinar's group. Each question is its own stream, so a retry
     * after a partial failure carries only what is left; repeating it records nothing.
     */
    public Uni<CarryOverResult> carryOver(UUID webinarId, RequestContext caller) {
        return moderates(webinarId, caller).flatMap(host -> {
            if (!host) {
                throw new AccessDeniedException("only the webinar's host or an organizer closes its Q&A");
            }
            return webinars.get(webinarId);
        }).flatMap(found -> carry(found.state(), caller.metadata()));
    }

    /** The same without a caller: {@link CarryOverSweeper} closes ended webinars' Q&amp;A by itself. */
    public Uni<CarryOverResult> carryOverEnded(UUID webinarId, EventMetadata metadata) {
        return webinars.get(webinarId).flatMap(found -> carry(found.state(), metadata));
    }

    private Uni<CarryOverResult> carry(Webinar w, EventMetadata metadata) {
        Instant now = now();
        boolean over = w.cancelled() || !now.isBefore(w.endsAt());
        if (!over) {
            throw new DomainRuleException("webinar-not-over",
                    "questions are carried over once the webinar has ended or was cancelled",
                    Map.of("endsAt", w.endsAt().toString()));
        }
        Uni<Optional<UUID>> coach = w.groupId() == null ? Uni.createFrom().item(Optional.empty())
                : audience.coachOf(w.groupId());
        return query.nextOnTopic(w, now).flatMap(next -> coach.flatMap(coachId -> query.openWithVotes(w.webinarId())
                .flatMap(open -> carryEach(w, next.orElse(null), next.isPresent() ? null : coachId.orElse(null),
                        open, now, metadata))));
    }

    private Uni<CarryOverResult> carryEach(Webinar w, UUID toWebinar, UUID toCoach,
            java.util.List<QuestionQuery.Votes> open, Instant now, EventMetadata metadata) {
        java.util.List<CarryOverResult.Carried> carried = new java.util.ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (QuestionQuery.Votes question : open) {
            chain = chain.chain(() -> handler.handle(streamId(question.questionId()), "question", QUESTIONS,
                    new QuestionCommand.CarryOver(w.webinarId(), true, toWebinar, toCoach, question.votes(), now),
                    Optional.empty(), metadata).invoke(result -> {
                        if (!result.events().isEmpty()) {
                            carried.add(new CarryOverResult.Carried(question.questionId(), question.votes()));
                        }
                    }).replaceWithVoid());
        }
        return chain.map(ignored -> new CarryOverResult(w.webinarId(), toWebinar, toCoach, carried,
                open.size() - carried.size()));
    }

    public Uni<CommandResult<QuestionEvent, Question>> answer(UUID webinarId, UUID questionId, AnswerRequest request,
            RequestContext caller) {
        return moderate(webinarId, questionId, caller, (by, host) -> new QuestionCommand.Answer(
                request.answer() == null || request.answer().isBlank() ? null : request.answer().strip(), by, host,
                now()));
    }

    public Uni<CommandResult<QuestionEvent, Question>> hide(UUID webinarId, UUID questionId, HideRequest request,
            RequestContext caller) {
        return moderate(webinarId, questionId, caller,
                (by, host) -> new QuestionCommand.Hide(request.reason().strip(), by, host, now()));
    }

    /** Whether the caller moderates this webinar's questions: its host, or an organizer. */
    public Uni<Boolean> moderates(UUID webinarId, RequestContext caller) {
        return webinars.get(webinarId).flatMap(webinar -> {
            if (caller.hasRole(Roles.ORGANIZER)) {
                return Uni.createFrom().item(true);
            }
            return audience.bySubject(caller.subject()).map(person -> person
                    .map(p -> p.personId().equals(webinar.state().hostId())).orElse(false));
        });
    }

    private Uni<CommandResult<QuestionEvent, Question>> moderate(UUID webinarId, UUID questionId,
            RequestContext caller, java.util.function.BiFunction<UUID, Boolean, QuestionCommand> command) {
        return question(webinarId, questionId).flatMap(question -> moderates(webinarId, caller)
                .flatMap(host -> audience.bySubject(caller.subject()).flatMap(person -> handler.handle(
                        streamId(questionId), "question", QUESTIONS,
                        command.apply(person.map(AudiencePerson::personId).orElse(null), host),
                        Optional.empty(), caller.metadata()))));
    }

    private Uni<Folded<Question>> question(UUID webinarId, UUID questionId) {
        return store.load(streamId(questionId), QUESTIONS.initialState(),
                (state, event) -> QUESTIONS.evolve(state, (QuestionEvent) event)).map(folded -> {
                    if (!folded.exists() || !webinarId.equals(folded.state().webinarId())) {
                        throw new ResourceNotFoundException("question", questionId.toString());
                    }
                    return folded;
                });
    }

    private Uni<AudiencePerson> self(RequestContext caller) {
        return audience.bySubject(caller.subject()).map(person -> person.orElseThrow(() -> new DomainRuleException(
                "person-unknown", "your account is not known to webinar-service yet")));
    }

    private Instant now() {
        return clock.instant();
    }
}
