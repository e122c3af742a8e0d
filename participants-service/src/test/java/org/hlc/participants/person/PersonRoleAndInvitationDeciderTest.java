package org.hlc.participants.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.participants.person.PersonCommand.GrantRole;
import org.hlc.participants.person.PersonCommand.Invite;
import org.hlc.participants.person.PersonCommand.RevokeRole;
import org.hlc.participants.person.PersonEvent.Invited;
import org.hlc.participants.person.PersonEvent.PersonRegistered;
import org.hlc.participants.person.PersonEvent.RoleGranted;
import org.hlc.participants.person.PersonEvent.RoleRevoked;
import org.hlc.platform.http.ResourceNotFoundException;
import org.junit.jupiter.api.Test;

class PersonRoleAndInvitationDeciderTest {
    private static final Instant NOW = Instant.parse("2014-12-01T09:00:00Z");
    private static final UUID ID = UUID.fromString("5d1f6c8e-2a8b-4f7e-9d65-2b1c0e7a9f10");
    private static final UUID ENTRY = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    private static final UUID EDITION = UUID.fromString("7c1e2f4a-3b5d-4e6f-8a9b-0c1d2e3f4a5b");
    private final PersonDecider decider = new PersonDecider();
    private final PersonRegistered voter = new PersonRegistered(ID, "sub-1", "Amina", "amina@example.org", "KE",
            "Africa/Nairobi", List.of("voter"), "organizer-1", NOW);

    @Test
    void granting_a_new_role_records_role_granted_and_the_role_is_held() {
        Person state = decider.fold(List.of(voter));

        List<PersonEvent> events = decider.decide(new GrantRole(ID, "coach", "org-1", NOW), state);

        assertThat(events).containsExactly(new RoleGranted(ID, "coach", "org-1", NOW));
        assertThat(decider.evolve(state, events.get(0)).roles()).containsExactly("voter", "coach");
    }

    @Test
    void granting_a_held_role_or_revoking_a_missing_one_records_nothing() {
        Person state = decider.fold(List.of(voter));

        assertThat(decider.decide(new GrantRole(ID, "voter", "org-1", NOW), state)).isEmpty();
        assertThat(decider.decide(new RevokeRole(ID, "coach", "org-1", NOW), state)).isEmpty();
    }

    @Test
    void revoking_a_held_role_records_role_revoked() {
        Person state = decider.fold(List.of(voter, new RoleGranted(ID, "coach", "o", NOW)));

        List<PersonEvent> events = decider.decide(new RevokeRole(ID, "voter", "org-1", NOW), state);

        assertThat(events).containsExactly(new RoleRevoked(ID, "voter", "org-1", NOW));
        assertThat(decider.evolve(state, events.get(0)).roles()).containsExactly("coach");
    }

    @Test
    void inviting_a_person_without_the_participant_role_grants_it_and_links_the_entry() {
        Person state = decider.fold(List.of(voter));

        List<PersonEvent> events = decider.decide(new Invite(ID, ENTRY, EDITION, "Maji Safi", NOW), state);

        assertThat(events).containsExactly(new RoleGranted(ID, "participant", "award", NOW),
                new Invited(ID, ENTRY, EDITION, "Maji Safi", NOW));
        Person after = decider.fold(List.of(voter, events.get(0), events.get(1)));
        assertThat(after.entryIds()).containsExactly(ENTRY);
        assertThat(after.roles()).contains("participant");
    }

    @Test
    void inviting_for_the_same_entry_again_records_nothing() {
        Person state = decider.fold(List.of(voter, new RoleGranted(ID, "participant", "award", NOW),
                new Invited(ID, ENTRY, EDITION, "Maji Safi", NOW)));

        assertThat(decider.decide(new Invite(ID, ENTRY, EDITION, "Maji Safi", NOW), state)).isEmpty();
    }

    @Test
    void changing_roles_of_an_unknown_person_is_not_found() {
        assertThatThrownBy(() -> decider.decide(new GrantRole(ID, "coach", "o", NOW), decider.initialState()))
                .isInstanceOf(ResourceNotFoundException.class);
    }
}
