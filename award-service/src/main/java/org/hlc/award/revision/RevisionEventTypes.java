package org.hlc.award.revision;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hlc.platform.events.DomainEventTypes;

@ApplicationScoped
public class RevisionEventTypes implements DomainEventTypes {
    @Override
    public List<Class<?>> eventClasses() {
        return List.of(RevisionEvent.RevisedProposalSubmitted.class, RevisionEvent.ProposalDeadlineExtended.class);
    }
}
