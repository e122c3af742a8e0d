package org.hlc.participants.groups;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hlc.participants.groups.GroupCommand.AddMember;
import org.hlc.participants.groups.GroupCommand.CreateGroup;
import org.hlc.participants.groups.GroupCommand.MoveMember;
import org.hlc.participants.person.Person;
import org.hlc.participants.person.PersonService;
import org.hlc.platform.eventstore.AppendRequest;
import org.hlc.platform.eventstore.CommandHandler;
import org.hlc.platform.eventstore.CommandResult;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.eventstore.ExpectedVersion;
import org.hlc.platform.eventstore.Folded;
import org.hlc.platform.http.DomainRuleException;
import org.hlc.platform.http.ResourceNotFoundException;
import org.hlc.platform.security.RequestContext;
import org.hlc.platform.security.Roles;

@ApplicationScoped
public class GroupService {
    static final String COHORT_PATTERN = "[a-z0-9][a-z0-9-]{0,39}";
    private static final GroupDecider GROUPS = new GroupDecider();
    private static final MembershipDecider MEMBERSHIPS = new MembershipDecider();

    private final EventStore store;
    private final CommandHandler handler;
    private final PersonService people;
    private final Clock clock = Clock.systemUTC();

    public GroupService(EventStore store, CommandHandler handler, PersonService people) {
        this.store = store;
        this.handler = handler;
        this.people = people;
    }

    static String streamId(UUID groupId) {
        return "group-" + groupId;
    }

    static String membershipStreamId(String cohort, UUID personId) {
        return "membership-" + cohort + "-" + personId;
    }

    public Uni<Group> create(CreateGroupRequest request, RequestContext caller) {
        return person(request.coachPersonId(), "coachPersonId").flatMap(coach -> {
            requireRole(coach, Roles.COACH, "coachPersonId");
            UUID groupId = UUID.randomUUID();
            List<GroupEvent> events = GROUPS.decide(new CreateGroup(groupId, request.cohort(), request.name().strip(),
                    request.region().name(), request.coachPersonId(), caller.subject(), Instant.now(clock)),
                    Group.NONE);
            return store.append(new AppendRequest(streamId(groupId), "group", ExpectedVersion.noStream(), events),
                    caller.metadata()).map(version -> GROUPS.fold(events));
        });
    }

    public Uni<Group> get(UUID groupId) {
        return store.load(streamId(groupId), GROUPS.initialState(), (s, e) -> GROUPS.evolve(s, (GroupEvent) e))
                .map(folded -> {
                    if (!folded.exists()) {
                        throw new ResourceNotFoundException("group", groupId.toString());
                    }
                    return folded.state();
                });
    }

    public Uni<CommandResult<GroupEvent, Membership>> add(UUID groupId, UUID personId, RequestContext caller) {
        return get(groupId).flatMap(group -> person(personId, "personId").flatMap(person -> {
            requireRole(person, Roles.PARTICIPANT, "personId");
            return handler.handle(membershipStreamId(group.cohort(), personId), "membership", MEMBERSHIPS,
                    new AddMember(group.cohort(), personId, groupId, caller.subject(), Instant.now(clock)),
                    Optional.empty(), caller.metadata());
        }));
    }

    public Uni<CommandResult<GroupEvent, Membership>> move(UUID toGroupId, UUID personId, RequestContext caller) {
        return get(toGroupId).flatMap(group -> handler.handle(membershipStreamId(group.cohort(), personId),
                "membership", MEMBERSHIPS,
                new MoveMember(group.cohort(), personId, toGroupId, caller.subject(), Instant.now(clock)),
                Optional.empty(), caller.metadata()));
    }

    private Uni<Person> person(UUID personId, String field) {
        return people.get(personId).map(Folded::state).onFailure(ResourceNotFoundException.class)
                .transform(e -> new DomainRuleException("unknown-person", field + " names no registered person",
                        Map.of("field", field)));
    }

    private static void requireRole(Person person, String role, String field) {
        if (!person.holds(role)) {
            throw new DomainRuleException("missing-role", field + " must name a person with the " + role + " role",
                    Map.of("field", field, "role", role));
        }
    }
}
