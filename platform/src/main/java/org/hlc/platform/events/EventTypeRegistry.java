package org.hlc.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hlc.platform.privacy.PersonalFields;

/**
 * Maps domain event classes to their contract names and payload versions, and back. Decoding upcasts first, so
 * the domain only ever sees the current shape of each event.
 */
public class EventTypeRegistry {
    private final String typePrefix;
    private final ObjectMapper mapper;
    private final Map<Class<?>, EventType> byClass = new HashMap<>();
    private final Map<String, Class<?>> byName = new HashMap<>();
    private final Map<String, Upcaster> upcasters = new HashMap<>();
    private final Map<Class<?>, Optional<PersonalFields>> personal = new HashMap<>();

    public EventTypeRegistry(String typePrefix, ObjectMapper mapper, Collection<Class<?>> eventClasses,
            Collection<Upcaster> upcasters) {
        this.typePrefix = typePrefix;
        this.mapper = mapper;
        for (Class<?> eventClass : eventClasses) {
            EventType type = eventClass.getAnnotation(EventType.class);
            if (type == null) {
                throw new IllegalArgumentException(eventClass + " is not annotated with @EventType");
            }
            byClass.put(eventClass, type);
            personal.put(eventClass, PersonalFields.of(eventClass));
            byName.put(type.value(), eventClass);
        }
        for (Upcaster upcaster : upcasters) {
            this.upcasters.put(upcaster.eventType() + "@" + upcaster.fromVersion(), upcaster);
        }
    }

    /** e.g. {@code hlc.participants} + {@code PersonRegistered} = {@code hlc.participants.PersonRegistered}. */
    public String qualifiedName(String shortName) {
        return typePrefix + "." + shortName;
    }

    public String shortName(String qualifiedName) {
        int prefix = typePrefix.length();
        return qualifiedName.length() > prefix && qualifiedName.charAt(prefix) == '.'
                && qualifiedName.startsWith(typePrefix) ? qualifiedName.substring(prefix + 1) : qualifiedName;
    }

    public EventType typeOf(Object event) {
        EventType type = byClass.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException("unregistered event class " + event.getClass().getName());
        }
        return type;
    }

    /** Personal fields of the event's class and whose they are; empty for events without personal data. */
    public Optional<PersonalFields> personalFields(Object event) {
        return personal.getOrDefault(event.getClass(), Optional.empty());
    }

    public ObjectNode encodeTree(Object event) {
        typeOf(event);
        return mapper.valueToTree(event);
    }

    public String encode(Object event) {
        typeOf(event);
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + event.getClass().getSimpleName(), e);
        }
    }

    /** Decodes a stored payload, upcasting it first; empty for event types this service does not know. */
    public Optional<Object> decode(String shortName, int schemaVersion, ObjectNode payload) {
        Class<?> eventClass = byName.get(shortName);
        if (eventClass == null) {
            return Optional.empty();
        }
        ObjectNode current = upcast(shortName, schemaVersion, payload);
        try {
            return Optional.of(mapper.treeToValue(current, eventClass));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot decode " + shortName + " v" + schemaVersion, e);
        }
    }

    /** Brings any payload (also one of another service's contract) up to the newest version known here. */
    public ObjectNode upcast(String shortName, int schemaVersion, ObjectNode payload) {
        if (upcasters.isEmpty()) {
            return payload; // most services have none: no key to build per event
        }
        ObjectNode current = payload;
        int version = schemaVersion;
        Upcaster next;
        while ((next = upcasters.get(shortName + "@" + version)) != null) {
            current = next.upcast(current.deepCopy());
            version++;
        }
        return current;
    }

    public List<Class<?>> eventClasses() {
        return List.copyOf(byClass.keySet());
    }
}
