package org.hlc.award.entry;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hlc.platform.events.DomainEventTypes;

@ApplicationScoped
public class EntryEventTypes implements DomainEventTypes {
    @Override
    public List<Class<?>> eventClasses() {
        return List.of(EntryEvent.EntrySubmitted.class, EntryEvent.EntryEdited.class, EntryEvent.EntryWithdrawn.class,
                EntryEvent.EntryAccepted.class, EntryEvent.EntryRejected.class);
    }
}
