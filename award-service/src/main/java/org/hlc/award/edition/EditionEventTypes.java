package org.hlc.award.edition;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hlc.platform.events.DomainEventTypes;

@ApplicationScoped
public class EditionEventTypes implements DomainEventTypes {
    @Override
    public List<Class<?>> eventClasses() {
        return List.of(EditionEvent.EditionCreated.class, EditionEvent.TimelineChanged.class,
                EditionEvent.ResultsPublished.class, EditionEvent.SemiFinalistsSelected.class);
    }
}
