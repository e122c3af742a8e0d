package org.hlc.participants.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.participants.groups.GroupCommand.AddMember;
import org.hlc.participants.groups.GroupCommand.MoveMember;
import org.hlc.participants.groups.GroupEvent.MemberAdded;
import org.hlc.participants.groups.GroupEvent.MemberMoved;
import org.hlc.platform.http.ConflictException;
import org.hlc.platform.http.DomainRuleException;
import org.junit.jupiter.api.Test;

class MembershipDeciderTest {
    private static final Instant NOW = Instant.parse("2014-12-01T09:00:00Z");
    private static final UUID PERSON = UUID.fromString("5d1f6c8e-2a8b-4f7e-9d65-2b1c0e7a9f10");
    private static final UUID GROUP_A = UUID.fromString("3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7");
    private static final UUID GROUP_B = UUID.fromString("4f5a6b7c-8d9e-4fa0-b1c2-d3e4f5a6b7c8");
    private final MembershipDecider decider = new MembershipDecider();
    private final MemberAdded addedToA = new MemberAdded("c1", PERSON, GROUP_A, "org", NOW);

    @Test
    void adding_a_person_without_a_group_records_member_added() {
        assertThat(decider.decide(new AddMember("c1", PERSON, GROUP_A, "org", NOW), decider.initialState()))
                .containsExactly(addedToA);
    }

    @Test
    void adding_a_person_already_in_a_group_of_the_cohort_is_a_conflict() {
        Membership state = decider.fold(List.of(addedToA));

        assertThatThrownBy(() -> decider.decide(new AddMember("c1", PERSON, GROUP_B, "org", NOW), state))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void moving_records_where_from_and_where_to() {
        Membership state = decider.fold(List.of(addedToA));

        List<GroupEvent> events = decider.decide(new MoveMember("c1", PERSON, GROUP_B, "org", NOW), state);

        assertThat(events).containsExactly(new MemberMoved("c1", PERSON, GROUP_A, GROUP_B, "org", NOW));
        assertThat(decider.evolve(state, events.get(0)).groupId()).isEqualTo(GROUP_B);
    }

    @Test
    void moving_into_the_current_group_records_nothing_and_moving_a_person_without_a_group_is_refused() {
        assertThat(decider.decide(new MoveMember("c1", PERSON, GROUP_A, "org", NOW), decider.fold(List.of(addedToA))))
                .isEmpty();
        assertThatThrownBy(() -> decider.decide(new MoveMember("c1", PERSON, GROUP_A, "org", NOW),
                decider.initialState())).isInstanceOf(DomainRuleException.class);
    }
}
