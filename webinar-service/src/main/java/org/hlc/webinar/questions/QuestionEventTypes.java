package org.hlc.webinar.questions;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hlc.platform.events.DomainEventTypes;

@ApplicationScoped
public class QuestionEventTypes implements DomainEventTypes {
    @Override
    public List<Class<?>> eventClasses() {
        return List.of(QuestionEvent.QuestionAsked.class, QuestionEvent.QuestionAnswered.class,
                QuestionEvent.QuestionHidden.class, QuestionEvent.QuestionUpvoted.class,
                QuestionEvent.QuestionUpvoteWithdrawn.class, QuestionEvent.QuestionCarriedOver.class);
    }
}
