package org.hlc.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Collectors;
import org.hlc.platform.config.HlcConfig;

@Singleton
public class EventRegistryProducer {

    @Produces
    @Singleton
    EventTypeRegistry registry(HlcConfig config, ObjectMapper mapper, Instance<DomainEventTypes> types,
            Instance<Upcaster> upcasters) {
        List<Class<?>> classes = types.stream().flatMap(t -> t.eventClasses().stream()).collect(Collectors.toList());
        return new EventTypeRegistry(config.eventTypePrefix(), mapper, classes, upcasters.stream().toList());
    }
}
