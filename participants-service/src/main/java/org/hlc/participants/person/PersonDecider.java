package org.hlc.participants.person;

import java.util.List;
import org.hlc.participants.person.PersonCommand.RegisterPerson;
import org.hlc.participants.person.PersonCommand.UpdateProfile;
import org.hlc.participants.person.PersonEvent.PersonRegistered;
import org.hlc.participants.person.PersonEvent.ProfileUpdated;
import org.hlc.platform.eventstore.Decider;
import org.hlc.platform.http.ConflictException;
import org.hlc.platform.http.ResourceNotFoundException;

public class PersonDecider implements Decider<PersonCommand, PersonEvent, Person> {

    @Override
    public Person initialState() {
        return Person.NONE;
    }

    @Override
    public Person evolve(Person state, PersonEvent event) {
        if (event instanceof PersonRegistered e) {
            return new Person(e.personId(), e.subject(), e.displayName(), e.email(), null, e.country(),
                    e.timeZone(), null, List.copyOf(e.roles()), e.registeredAt());
        }
        if (event instanceof ProfileUpdated e) {
            return new Person(state.personId(), state.subject(), e.displayName(), state.email(), e.organisation(),
                    e.country(), e.timeZone(), e.bio(), state.roles(), state.registeredAt());
        }
        return state;
    }

    @Override
    public List<PersonEvent> decide(PersonCommand command, Person state) {
        if (command instanceof RegisterPerson c) {
            if (state.exists()) {
                throw new ConflictException("person-exists", "person " + c.personId() + " is already registered");
            }
            return List.of(new PersonRegistered(c.personId(), c.subject(), c.displayName(), c.email(), c.country(),
                    c.timeZone(), List.copyOf(c.roles()), c.registeredBy(), c.now()));
        }
        if (command instanceof UpdateProfile c) {
            if (!state.exists()) {
                throw new ResourceNotFoundException("person", String.valueOf(c.personId()));
            }
            boolean unchanged = c.displayName().equals(state.displayName())
                    && java.util.Objects.equals(c.organisation(), state.organisation())
                    && c.country().equals(state.country()) && c.timeZone().equals(state.timeZone())
                    && java.util.Objects.equals(c.bio(), state.bio());
            if (unchanged) {
                return List.of();
            }
            return List.of(new ProfileUpdated(c.personId(), c.displayName(), c.organisation(), c.country(),
                    c.timeZone(), c.bio(), c.now()));
        }
        throw new IllegalArgumentException("unknown command " + command);
    }
}
