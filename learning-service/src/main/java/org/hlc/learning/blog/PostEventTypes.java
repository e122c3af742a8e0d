package org.hlc.learning.blog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hlc.platform.events.DomainEventTypes;

@ApplicationScoped
public class PostEventTypes implements DomainEventTypes {
    @Override
    public List<Class<?>> eventClasses() {
        return List.of(PostEvent.PostWritten.class, PostEvent.PostRevised.class, PostEvent.ReflectionAdded.class,
                PostEvent.ReactionAdded.class);
    }
}
