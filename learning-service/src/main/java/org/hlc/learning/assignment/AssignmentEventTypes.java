package org.hlc.learning.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hlc.platform.events.DomainEventTypes;

@ApplicationScoped
public class AssignmentEventTypes implements DomainEventTypes {
    @Override
    public List<Class<?>> eventClasses() {
        return List.of(AssignmentEvent.AssignmentPublished.class, AssignmentEvent.AssignmentDueDateChanged.class,
                AssignmentEvent.PeerReviewsAllocated.class, SubmissionEvent.SubmissionVersionSubmitted.class,
                SubmissionEvent.CoachFeedbackGiven.class, SubmissionEvent.PeerReviewSubmitted.class);
    }
}
