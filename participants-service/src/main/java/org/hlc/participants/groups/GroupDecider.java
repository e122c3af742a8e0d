package org.hlc.participants.groups;

import java.util.List;
import org.hlc.participants.groups.GroupCommand.CreateGroup;
import org.hlc.participants.groups.GroupEvent.GroupCreated;
import org.hlc.platform.eventstore.Decider;
import org.hlc.platform.http.ConflictException;

public class GroupDecider implements Decider<CreateGroup, GroupEvent, Group> {

    @Override
    public Group initialState() {
        return Group.NONE;
    }

    @Override
    public Group evolve(Group state, GroupEvent event) {
        if (event instanceof GroupCreated e) {
            return new Group(e.groupId(), e.cohort(), e.name(), e.region(), e.coachPersonId());
        }
        return state;
    }

    @Override
    public List<GroupEvent> decide(CreateGroup c, Group state) {
        if (state.exists()) {
            throw new ConflictException("group-exists", "group " + c.groupId() + " already exists");
        }
        return List.of(new GroupCreated(c.groupId(), c.cohort(), c.name(), c.region(), c.coachPersonId(), c.by(),
                c.now()));
    }
}
