package org.hlc.participants.person.profile;

import java.util.List;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;

/** How far a caller sees into someone's profile, expressed as the narrowest visibility they may read. */
public final class Audience {
    private static final List<String> COMMUNITY_ROLES = List.of(Roles.ORGANIZER, Roles.COACH, Roles.EXPERT,
            Roles.PARTICIPANT, Roles.JURY);

    private Audience() {
    }

    /** For reads about {@code personSubject}: the person themself and organizers see everything. */
    public static Visibility of(RequestContext caller, String personSubject) {
        if (caller.hasRole(Roles.ORGANIZER) || (personSubject != null && personSubject.equals(caller.subject()))) {
            return Visibility.PRIVATE;
        }
        return general(caller);
    }

    /** For reads about many people at once (lists): self is decided per row. */
    public static Visibility general(RequestContext caller) {
        if (caller.hasRole(Roles.ORGANIZER)) {
            return Visibility.PRIVATE;
        }
        return COMMUNITY_ROLES.stream().anyMatch(caller::hasRole) ? Visibility.COMMUNITY : Visibility.PUBLIC;
    }
}
