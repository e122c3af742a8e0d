package org.hlc.participants.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.participants.person.PersonCommand.RegisterPerson;
import org.hlc.participants.person.PersonCommand.UpdateProfile;
import org.hlc.participants.person.PersonEvent.PersonRegistered;
import org.hlc.participants.person.PersonEvent.ProfileUpdated;
import org.hlc.platform.http.ConflictException;
import org.hlc.platform.http.ResourceNotFoundException;
import org.junit.jupiter.api.Test;

/** Given events, when a command, then events: the decider alone, no I/O. */
class PersonDeciderTest {
    private static final Instant NOW = Instant.parse("2014-12-01T09:00:00Z");
    private static final UUID ID = UUID.fromString("5d1f6c8e-2a8b-4f7e-9d65-2b1c0e7a9f10");
    private final PersonDecider decider = new PersonDecider();
    private final PersonRegistered registered = new PersonRegistered(ID, "sub-1", "Amina", "amina@example.org", "KE",
            "Africa/Nairobi", List.of("participant"), "organizer-1", NOW);

    @Test
    void registering_a_new_person_records_person_registered() {
        List<PersonEvent> events = decider.decide(new RegisterPerson(ID, "sub-1", "Amina", "amina@example.org", "KE",
                "Africa/Nairobi", List.of("participant"), "organizer-1", NOW), decider.initialState());

        assertThat(events).containsExactly(registered);
    }

    @Test
    void registering_an_existing_person_is_a_conflict() {
        Person state = decider.fold(List.of(registered));

        assertThatThrownBy(() -> decider.decide(new RegisterPerson(ID, "sub-1", "Amina", "a@example.org", "KE",
                "Africa/Nairobi", List.of("participant"), "x", NOW), state)).isInstanceOf(ConflictException.class);
    }

    @Test
    void updating_the_profile_records_the_new_profile() {
        Person state = decider.fold(List.of(registered));

        List<PersonEvent> events = decider.decide(new UpdateProfile(ID, "Amina N.", "Maji Safi", "KE",
                "Africa/Nairobi", "Water for all", NOW), state);

        assertThat(events).containsExactly(new ProfileUpdated(ID, "Amina N.", "Maji Safi", "KE", "Africa/Nairobi",
                "Water for all", NOW));
        assertThat(decider.evolve(state, events.get(0)).organisation()).isEqualTo("Maji Safi");
    }

    @Test
    void an_unchanged_profile_records_nothing() {
        Person state = decider.fold(List.of(registered));

        assertThat(decider.decide(new UpdateProfile(ID, "Amina", null, "KE", "Africa/Nairobi", null, NOW), state))
                .isEmpty();
    }

    @Test
    void erasing_records_person_erased_once_and_leaves_no_personal_data_in_the_state() {
        Person state = decider.fold(List.of(registered));

        List<PersonEvent> events = decider.decide(new PersonCommand.ErasePerson(ID, "sub-1", NOW), state);
        Person erased = decider.evolve(state, events.get(0));

        assertThat(events).containsExactly(new PersonEvent.PersonErased(ID, "sub-1", NOW));
        assertThat(erased.erased()).isTrue();
        assertThat(erased.displayName()).isNull();
        assertThat(erased.email()).isNull();
        assertThat(decider.decide(new PersonCommand.ErasePerson(ID, "sub-1", NOW), erased)).isEmpty();
        assertThatThrownBy(() -> decider.decide(new UpdateProfile(ID, "Back", null, "KE", "Africa/Nairobi", null,
                NOW), erased)).isInstanceOf(org.hlc.platform.http.ProblemException.class)
                .satisfies(e -> assertThat(((org.hlc.platform.http.ProblemException) e).status()).isEqualTo(410));
    }

    @Test
    void updating_an_unknown_person_is_not_found() {
        assertThatThrownBy(() -> decider.decide(new UpdateProfile(ID, "A", null, "KE", "Africa/Nairobi", null, NOW),
                decider.initialState())).isInstanceOf(ResourceNotFoundException.class);
    }
}
