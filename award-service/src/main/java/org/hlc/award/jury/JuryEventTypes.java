package org.hlc.award.jury;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hlc.platform.events.DomainEventTypes;

@ApplicationScoped
public class JuryEventTypes implements DomainEventTypes {
    @Override
    public List<Class<?>> eventClasses() {
        return List.of(JuryEvent.JurorAppointed.class, JuryEvent.RubricDefined.class,
                JuryEvent.JuryAssignmentsMade.class, JuryEvent.JuryConflictDeclared.class,
                JuryEvent.JurorRecused.class, JuryEvent.JuryScoresSubmitted.class, JuryEvent.JuryRoundClosed.class,
                JuryEvent.FinalistsSelected.class, JuryEvent.WinnersAnnounced.class);
    }
}
