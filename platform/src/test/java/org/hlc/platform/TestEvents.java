package org.hlc.platform;

import java.util.List;
import org.hlc.platform.events.EventType;

/** Event types used by the platform's tests. */
public final class TestEvents {
    private TestEvents() {
    }

    @EventType("ThingHappened")
    public record ThingHappened(String thing, int n) {
    }

    @EventType(value = "ThingRenamed", schemaVersion = 2)
    public record ThingRenamed(String newName, String reason) {
    }

    @EventType("PersonJoined")
    public record PersonJoined(@org.hlc.platform.privacy.DataSubject String personId,
            @org.hlc.platform.privacy.PersonalData String name, @org.hlc.platform.privacy.PersonalData String email,
            @org.hlc.platform.privacy.PersonalData List<String> languages, String country) {
    }

    public static List<Class<?>> all() {
        return List.of(ThingHappened.class, ThingRenamed.class, PersonJoined.class);
    }
}
