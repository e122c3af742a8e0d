package org.hlc.participants.person;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hlc.platform.events.DomainEventTypes;

@ApplicationScoped
public class PersonEventTypes implements DomainEventTypes {
    @Override
    public List<Class<?>> eventClasses() {
        return List.of(PersonEvent.PersonRegistered.class, PersonEvent.ProfileUpdated.class,
                PersonEvent.SubjectClaimed.class, PersonEvent.PersonErased.class, PersonEvent.RoleGranted.class, PersonEvent.RoleRevoked.class,
                PersonEvent.Invited.class, PersonEvent.InvitationClaimed.class);
    }
}
