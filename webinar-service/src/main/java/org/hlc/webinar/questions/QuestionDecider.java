package org.hlc.webinar.questions;

import java.util.List;
import org.hlc.platform.eventstore.Decider;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.ConflictException;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.ResourceNotFoundException;
import org.hlc.webinar.questions.QuestionCommand.Answer;
import org.hlc.webinar.questions.QuestionCommand.Ask;
import org.hlc.webinar.questions.QuestionCommand.CarryOver;
import org.hlc.webinar.questions.QuestionCommand.Hide;
import org.hlc.webinar.questions.QuestionEvent.QuestionAnswered;
import org.hlc.webinar.questions.QuestionEvent.QuestionAsked;
import org.hlc.webinar.questions.QuestionEvent.QuestionCarriedOver;
import org.hlc.webinar.questions.QuestionEvent.QuestionHidden;

public class QuestionDecider implements Decider<QuestionCommand, QuestionEvent, Question> {

    @Override
    public Question initialState() {
        return Question.NONE;
    }

    @Override
    public Question evolve(Question s, QuestionEvent event) {
        if (event instanceof QuestionAsked e) {
            return new Question(e.questionId(), e.webinarId(), e.personId(), e.text(), "OPEN", null, null, null);
        }
        if (event instanceof QuestionAnswered e) {
            return s.with(s.webinarId(), "ANSWERED", e.answer(), s.carriedOverFrom(), s.carriedToCoach());
        }
        if (event instanceof QuestionHidden) {
            return s.with(s.webinarId(), "HIDDEN", s.answer(), s.carriedOverFrom(), s.carriedToCoach());
        }
        if (event instanceof QuestionCarriedOver e) {
            return e.toWebinarId() != null
                    ? s.with(e.toWebinarId(), "OPEN", s.answer(), e.webinarId(), null)
                    : s.with(s.webinarId(), "CARRIED_OVER", s.answer(), s.carriedOverFrom(), e.toCoachPersonId());
        }
        return s;
    }

    @Override
    public List<QuestionEvent> decide(QuestionCommand command, Question state) {
        if (command instanceof Ask c) {
            if (state.exists()) {
                throw new ConflictException("question-exists", "question " + c.questionId() + " exists");
            }
            if (!c.inAudience()) {
                throw new AccessDeniedException("only the webinar's audience asks questions");
            }
            if (!c.webinarOpen()) {
                throw new DomainRuleException("webinar-closed", "questions are taken until the webinar ends");
            }
            return List.of(new QuestionAsked(c.questionId(), c.webinarId(), c.personId(), c.subject(), c.text(),
                    c.now()));
        }
        if (!state.exists()) {
            throw new ResourceNotFoundException("question", "unknown");
        }
        if (command instanceof Answer c) {
            requireHost(c.byHost());
            if ("HIDDEN".equals(state.status())) {
                throw new DomainRuleException("question-hidden", "a hidden question cannot be answered");
            }
            if ("ANSWERED".equals(state.status()) && java.util.Objects.equals(state.answer(), c.answer())) {
                return List.of();
            }
            return List.of(new QuestionAnswered(state.questionId(), state.webinarId(), c.answer(), c.by(), c.now()));
        }
        if (command instanceof CarryOver c) {
            return carryOver(c, state);
        }
        if (command instanceof Hide c) {
            requireHost(c.byHost());
            if ("HIDDEN".equals(state.status())) {
                return List.of();
            }
            return List.of(new QuestionHidden(state.questionId(), state.webinarId(), c.reason(), c.by(), c.now()));
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    /**
     * Only an OPEN question with votes, still in the webinar being closed, moves on; anything else (answered, hidden,
     * no votes, already carried) records nothing, so closing a webinar twice is harmless.
     */
    private static List<QuestionEvent> carryOver(CarryOver c, Question state) {
        if (!c.fromWebinarId().equals(state.webinarId()) || !"OPEN".equals(state.status()) || c.votes() < 1
                || (c.toWebinarId() == null && c.toCoachPersonId() == null)) {
            return List.of();
        }
        if (!c.webinarOver()) {
            throw new DomainRuleException("webinar-not-over",
                    "questions are carried over once the webinar has ended or was cancelled");
        }
        return List.of(new QuestionCarriedOver(state.questionId(), c.fromWebinarId(), c.toWebinarId(),
                c.toWebinarId() != null ? null : c.toCoachPersonId(), c.votes(), c.now()));
    }

    private static void requireHost(boolean byHost) {
        if (!byHost) {
            throw new AccessDeniedException("only the webinar's host or an organizer moderates its questions");
        }
    }
}
