package org.hlc.participants.groups;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hlc.platform.events.DomainEventTypes;

@ApplicationScoped
public class GroupEventTypes implements DomainEventTypes {
    @Override
    public List<Class<?>> eventClasses() {
        return List.of(GroupEvent.GroupCreated.class, GroupEvent.MemberAdded.class, GroupEvent.MemberMoved.class);
    }
}
