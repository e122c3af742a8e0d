package org.hlc.platform.events;

import java.util.List;

/** Each service provides one bean listing the event classes it writes (its contract). */
public interface DomainEventTypes {
    List<Class<?>> eventClasses();
}
