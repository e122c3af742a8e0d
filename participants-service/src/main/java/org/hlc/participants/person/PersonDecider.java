package org.hlc.participants.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hlc.participants.person.PersonCommand.GrantRole;
import org.hlc.participants.person.PersonCommand.Invite;
import org.hlc.participants.person.PersonCommand.RegisterPerson;
import org.hlc.participants.person.PersonCommand.RevokeRole;
import org.hlc.participants.person.PersonCommand.UpdateProfile;
import org.hlc.participants.person.PersonEvent.Invited;
import org.hlc.participants.person.PersonEvent.PersonRegistered;
import org.hlc.participants.person.PersonEvent.ProfileUpdated;
import org.hlc.participants.person.PersonEvent.RoleGranted;
import org.hlc.participants.person.PersonEvent.RoleRevoked;
import org.hlc.participants.person.profile.ProfileDetails;
import org.hlc.platform.eventstore.Decider;
import org.hlc.platform.http.ConflictException;
import org.hlc.platform.http.ProblemException;
import org.hlc.participants.person.PersonCommand.ErasePerson;
import org.hlc.participants.person.PersonEvent.PersonErased;
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
                    e.timeZone(), null, List.copyOf(e.roles()), e.registeredAt(), ProfileDetails.EMPTY, List.of());
        }
        if (event instanceof ProfileUpdated e) {
            return new Person(state.personId(), state.subject(), e.displayName(), state.email(), e.organisation(),
                    e.country(), e.timeZone(), e.bio(), state.roles(), state.registeredAt(), e.details(),
                    state.entryIds());
        }
        if (event instanceof RoleGranted e) {
            List<String> roles = new ArrayList<>(state.roles());
            roles.add(e.role());
            return withRoles(state, roles);
        }
        if (event instanceof RoleRevoked e) {
            List<String> roles = new ArrayList<>(state.roles());
            roles.remove(e.role());
            return withRoles(state, roles);
        }
        if (event instanceof PersonErased) {
            return state.erase();
        }
        if (event instanceof Invited e) {
            List<java.util.UUID> entries = new ArrayList<>(state.entryIds());
            entries.add(e.entryId());
            return new Person(state.personId(), state.subject(), state.displayName(), state.email(),
                    state.organisation(), state.country(), state.timeZone(), state.bio(), state.roles(),
                    state.registeredAt(), state.details(), List.copyOf(entries));
        }
        return state;
    }

    private static Person withRoles(Person state, List<String> roles) {
        return new Person(state.personId(), state.subject(), state.displayName(), state.email(), state.organisation(),
                state.country(), state.timeZone(), state.bio(), List.copyOf(roles), state.registeredAt(),
                state.details(), state.entryIds());
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
        requireExists(state, command);
        if (command instanceof ErasePerson c) {
            return state.erased() ? List.of() : List.of(new PersonErased(c.personId(), c.by(), c.now()));
        }
        if (state.erased()) {
            throw new ProblemException(410, "person-erased", "Gone",
                    "this person's data was erased at their request");
        }
        if (command instanceof UpdateProfile c) {
            boolean unchanged = c.displayName().equals(state.displayName())
                    && Objects.equals(c.organisation(), state.organisation())
                    && c.country().equals(state.country()) && c.timeZone().equals(state.timeZone())
                    && Objects.equals(c.bio(), state.bio())
                    && Objects.equals(c.details(), state.details());
            if (unchanged) {
                return List.of();
            }
            return List.of(new ProfileUpdated(c.personId(), c.displayName(), c.organisation(), c.country(),
                    c.timeZone(), c.bio(), c.now(), c.details()));
        }
        if (command instanceof GrantRole c) {
            return state.holds(c.role()) ? List.of() : List.of(new RoleGranted(c.personId(), c.role(), c.by(), c.now()));
        }
        if (command instanceof RevokeRole c) {
            return state.holds(c.role()) ? List.of(new RoleRevoked(c.personId(), c.role(), c.by(), c.now())) : List.of();
        }
        if (command instanceof Invite c) {
            if (state.entryIds().contains(c.entryId())) {
                return List.of();
            }
            List<PersonEvent> events = new ArrayList<>();
            if (!state.holds(org.hlc.platform.security.Roles.PARTICIPANT)) {
                events.add(new RoleGranted(c.personId(), org.hlc.platform.security.Roles.PARTICIPANT, "award",
                        c.now()));
            }
            events.add(new Invited(c.personId(), c.entryId(), c.editionId(), c.entryTitle(), c.now()));
            return events;
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    private static void requireExists(Person state, PersonCommand command) {
        if (!state.exists()) {
            throw new ResourceNotFoundException("person", String.valueOf(personIdOf(command)));
        }
    }

    private static Object personIdOf(PersonCommand command) {
        if (command instanceof UpdateProfile c) {
            return c.personId();
        }
        if (command instanceof ErasePerson c) {
            return c.personId();
        }
        if (command instanceof GrantRole c) {
            return c.personId();
        }
        if (command instanceof RevokeRole c) {
            return c.personId();
        }
        return command instanceof Invite c ? c.personId() : null;
    }
}
