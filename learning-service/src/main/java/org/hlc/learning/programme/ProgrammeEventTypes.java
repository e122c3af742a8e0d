package org.hlc.learning.programme;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hlc.platform.events.DomainEventTypes;

@ApplicationScoped
public class ProgrammeEventTypes implements DomainEventTypes {
    @Override
    public List<Class<?>> eventClasses() {
        return List.of(ProgrammeEvent.ProgrammeCreated.class, ProgrammeEvent.ModuleAdded.class,
                ProgrammeEvent.MaterialAdded.class, ProgrammeEvent.MaterialRead.class);
    }
}
