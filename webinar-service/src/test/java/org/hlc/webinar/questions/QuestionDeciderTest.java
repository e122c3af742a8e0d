package org.hlc.webinar.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.webinar.questions.QuestionCommand.Answer;
import org.hlc.webinar.questions.QuestionCommand.Ask;
import org.hlc.webinar.questions.QuestionCommand.CarryOver;
import org.hlc.webinar.questions.QuestionCommand.Hide;
import org.hlc.webinar.questions.QuestionEvent.QuestionAnswered;
import org.hlc.webinar.questions.QuestionEvent.QuestionAsked;
import org.hlc.webinar.questions.QuestionEvent.QuestionCarriedOver;
import org.hlc.webinar.questions.QuestionEvent.QuestionHidden;
import org.hlc.webinar.questions.QuestionEvent.QuestionUpvoteWithdrawn;
import org.hlc.webinar.questions.QuestionEvent.QuestionUpvoted;
import org.junit.jupiter.api.Test;

class QuestionDeciderTest {
    private static final Instant NOW = Instant.parse("2026-12-07T13:10:00Z");
    private static final UUID Q = UUID.fromString("5d1f6c8e-2a8b-4f7e-9d65-2b1c0e7a9f10");
    private static final UUID W = UUID.fromString("3f2c1a9e-6b1d-4c57-9a41-0d2f7e5b8c13");
    private static final UUID AMINA = UUID.fromString("11111111-1111-4111-8111-111111111111");
    private static final UUID HOST = UUID.fromString("0b6f3c1e-5d7a-4f2b-9c8e-1a2b3c4d5e6f");
    private static final UUID NEXT = UUID.fromString("9d3e2f1a-7b6c-4d5e-8f9a-0b1c2d3e4f5a");
    private static final UUID COACH = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");

    private final QuestionDecider questions = new QuestionDecider();
    private final VoteDecider votes = new VoteDecider();
    private final QuestionAsked asked = new QuestionAsked(Q, W, AMINA, "amina", "How?", NOW);

    @Test
    void asking_records_the_question_unless_the_webinar_is_closed() {
        assertThat(questions.decide(new Ask(Q, W, true, true, AMINA, "amina", "How?", NOW), Question.NONE))
                .containsExactly(asked);
        assertThatThrownBy(() -> questions.decide(new Ask(Q, W, false, true, AMINA, "amina", "How?", NOW), Question.NONE))
                .isInstanceOf(DomainRuleException.class);
    }

    @Test
    void only_the_host_answers_or_hides() {
        Question open = questions.fold(List.of(asked));

        assertThat(questions.decide(new Answer("Like this", HOST, true, NOW), open))
                .containsExactly(new QuestionAnswered(Q, W, "Like this", HOST, NOW));
        assertThatThrownBy(() -> questions.decide(new Answer("Me!", AMINA, false, NOW), open))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> questions.decide(new Hide("spam", AMINA, false, NOW), open))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_hidden_question_cannot_be_answered_and_hiding_twice_records_nothing() {
        Question hidden = questions.fold(List.of(asked, new QuestionHidden(Q, W, "spam", HOST, NOW)));

        assertThat(hidden.status()).isEqualTo("HIDDEN");
        assertThat(questions.decide(new Hide("again", HOST, true, NOW), hidden)).isEmpty();
        assertThatThrownBy(() -> questions.decide(new Answer(null, HOST, true, NOW), hidden))
                .isInstanceOf(DomainRuleException.class);
    }

    @Test
    void someone_outside_the_audience_may_not_ask() {
        assertThatThrownBy(() -> questions.decide(new Ask(Q, W, true, false, AMINA, "amina", "How?", NOW),
                Question.NONE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_open_question_with_votes_moves_to_the_next_webinar_and_keeps_being_answerable_there() {
        Question open = questions.fold(List.of(asked));

        List<QuestionEvent> carried = questions.decide(new CarryOver(W, true, NEXT, null, 3, NOW), open);

        assertThat(carried).containsExactly(new QuestionCarriedOver(Q, W, NEXT, null, 3, NOW));
        Question moved = questions.evolve(open, carried.get(0));
        assertThat(moved.webinarId()).isEqualTo(NEXT);
        assertThat(moved.carriedOverFrom()).isEqualTo(W);
        assertThat(moved.status()).isEqualTo("OPEN");
        assertThat(questions.decide(new CarryOver(W, true, NEXT, null, 3, NOW), moved)).isEmpty();
        assertThat(questions.decide(new Answer("Later", HOST, true, NOW), moved))
                .containsExactly(new QuestionAnswered(Q, NEXT, "Later", HOST, NOW));
    }

    @Test
    void without_a_next_webinar_it_goes_to_the_coach_and_answered_unvoted_or_unfinished_ones_stay() {
        Question open = questions.fold(List.of(asked));
        Question answered = questions.fold(List.of(asked, new QuestionAnswered(Q, W, "So.", HOST, NOW)));

        List<QuestionEvent> toCoach = questions.decide(new CarryOver(W, true, null, COACH, 1, NOW), open);
        assertThat(toCoach).containsExactly(new QuestionCarriedOver(Q, W, null, COACH, 1, NOW));
        assertThat(questions.evolve(open, toCoach.get(0)).status()).isEqualTo("CARRIED_OVER");
        assertThat(questions.decide(new CarryOver(W, true, NEXT, null, 2, NOW), answered)).isEmpty();
        assertThat(questions.decide(new CarryOver(W, true, NEXT, null, 0, NOW), open)).isEmpty();
        assertThat(questions.decide(new CarryOver(W, true, null, null, 2, NOW), open)).isEmpty();
        assertThatThrownBy(() -> questions.decide(new CarryOver(W, false, NEXT, null, 2, NOW), open))
                .isInstanceOf(DomainRuleException.class);
    }

    @Test
    void a_second_upvote_records_nothing_and_a_withdrawal_can_be_undone() {
        VoteDecider.Command up = new VoteDecider.Command(Q, W, AMINA, true, NOW);
        VoteDecider.Command down = new VoteDecider.Command(Q, W, AMINA, false, NOW);

        assertThat(votes.decide(up, false)).containsExactly(new QuestionUpvoted(Q, W, AMINA, NOW));
        assertThat(votes.decide(up, true)).isEmpty();
        assertThat(votes.decide(down, true)).containsExactly(new QuestionUpvoteWithdrawn(Q, W, AMINA, NOW));
        assertThat(votes.decide(down, false)).isEmpty();
        assertThat(votes.fold(List.of(new QuestionUpvoted(Q, W, AMINA, NOW),
                new QuestionUpvoteWithdrawn(Q, W, AMINA, NOW), new QuestionUpvoted(Q, W, AMINA, NOW)))).isTrue();
    }
}
