package org.hlc.participants.groups;

import java.util.List;
import java.util.Map;
import org.hlc.participants.groups.GroupCommand.AddMember;
import org.hlc.participants.groups.GroupCommand.MoveMember;
import org.hlc.participants.groups.GroupEvent.MemberAdded;
import org.hlc.participants.groups.GroupEvent.MemberMoved;
import org.hlc.platform.eventstore.Decider;
import org.hlc.platform.http.ConflictException;
import org.hlc.platform.http.DomainRuleException;

public class MembershipDecider implements Decider<GroupCommand, GroupEvent, Membership> {

    @Override
    public Membership initialState() {
        return Membership.NONE;
    }

    @Override
    public Membership evolve(Membership state, GroupEvent event) {
        if (event instanceof MemberAdded e) {
            return new Membership(e.cohort(), e.personId(), e.groupId());
        }
        if (event instanceof MemberMoved e) {
            return new Membership(e.cohort(), e.personId(), e.toGroupId());
        }
        return state;
    }

    @Override
    public List<GroupEvent> decide(GroupCommand command, Membership state) {
        if (command instanceof AddMember c) {
            if (state.exists()) {
                throw new ConflictException("already-in-a-group", "person " + c.personId()
                        + " is already in a group of cohort " + c.cohort() + "; move them instead",
                        Map.of("currentGroupId", state.groupId()));
            }
            return List.of(new MemberAdded(c.cohort(), c.personId(), c.groupId(), c.by(), c.now()));
        }
        if (command instanceof MoveMember c) {
            if (!state.exists()) {
                throw new DomainRuleException("not-in-a-group", "person " + c.personId()
                        + " is in no group of cohort " + c.cohort() + "; add them instead", Map.of());
            }
            if (state.groupId().equals(c.toGroupId())) {
                return List.of();
            }
            return List.of(new MemberMoved(c.cohort(), c.personId(), state.groupId(), c.toGroupId(), c.by(),
                    c.now()));
        }
        throw new IllegalArgumentException("unknown command " + command);
    }
}
