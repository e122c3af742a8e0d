package org.hlc.participants.person;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hlc.participants.person.PersonCommand.RegisterPerson;
import org.hlc.participants.person.PersonCommand.GrantRole;
import org.hlc.participants.person.PersonCommand.RevokeRole;
import org.hlc.participants.person.PersonCommand.UpdateProfile;
import org.hlc.participants.person.profile.IntroVideo;
import org.hlc.participants.person.profile.ProfileDetails;
import org.hlc.participants.person.profile.ProfileRules;
import org.hlc.participants.person.PersonEvent.SubjectClaimed;
import org.hlc.platform.eventstore.AppendRequest;
import org.hlc.platform.eventstore.CommandHandler;
import org.hlc.platform.eventstore.CommandResult;
import org.hlc.platform.eventstore.EventMetadata;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.eventstore.ExpectedVersion;
import org.hlc.platform.eventstore.Folded;
import org.hlc.platform.eventstore.StreamConflictException;
import org.hlc.platform.http.AccessDeniedException;
import org.hlc.platform.http.ConflictException;
import org.hlc.platform.http.InvalidInputException;
import org.hlc.platform.http.InvalidParam;
import org.hlc.platform.http.ResourceNotFoundException;
import org.hlc.platform.http.ProblemException;
import org.hlc.platform.privacy.Erasure;
import org.hlc.participants.person.PersonCommand.ErasePerson;
import org.hlc.platform.security.RequestContext;

@ApplicationScoped
public class PersonService {
    public static final String STREAM_TYPE = "person";
    public static final String SUBJECT_STREAM_TYPE = "person-subject";
    private static final PersonDecider DECIDER = new PersonDecider();

    private final EventStore store;
    private final CommandHandler handler;
    private final Clock clock;
    private final Erasure erasure;

    public PersonService(EventStore store, CommandHandler handler, Erasure erasure) {
        this.erasure = erasure;
        this.store = store;
        this.handler = handler;
        this.clock = Clock.systemUTC();
    }

    public static String streamId(UUID personId) {
        return "person-" + personId;
    }

    public static String subjectStreamId(String subject) {
        return "person-subject-" + subject;
    }

    /**
     * Registers a person; when a subject is given, its reservation stream is appended in the same transaction
     * expecting no stream, so one subject can never become two people.
     */
    public Uni<CommandResult<PersonEvent, Person>> register(RegisterPersonRequest request, RequestContext caller) {
        boolean organizer = caller.hasRole(org.hlc.platform.security.Roles.ORGANIZER);
        String subject = organizer ? request.subject() : caller.subject();
        if (!organizer && request.subject() != null && !request.subject().equals(caller.subject())) {
            throw new AccessDeniedException("only organizers register other people");
        }
        if (!organizer && !caller.hasAllRoles(request.roles())) {
            throw new AccessDeniedException("only organizers grant roles; register with roles your account has");
        }
        UUID personId = UUID.randomUUID();
        RegisterPerson command = new RegisterPerson(personId, subject, request.displayName().strip(),
                request.email().strip().toLowerCase(), request.country(), request.timeZone(),
                List.copyOf(new java.util.LinkedHashSet<>(request.roles())), caller.subject(), Instant.now(clock));
        List<PersonEvent> events = DECIDER.decide(command, DECIDER.initialState());
        List<AppendRequest> appends = new ArrayList<>();
        if (subject != null) {
            appends.add(new AppendRequest(subjectStreamId(subject), SUBJECT_STREAM_TYPE, ExpectedVersion.noStream(),
                    List.of(new SubjectClaimed(personId, subject))));
        }
        appends.add(new AppendRequest(streamId(personId), STREAM_TYPE, ExpectedVersion.noStream(), events));
        EventMetadata metadata = caller.metadata();
        return store.appendAll(appends, metadata)
                .map(versions -> new CommandResult<>(streamId(personId), versions.get(versions.size() - 1), events,
                        DECIDER.fold(events)))
                .onFailure(StreamConflictException.class)
                .recoverWithUni(conflict -> alreadyRegistered(subject));
    }

    public Uni<CommandResult<PersonEvent, Person>> updateProfile(UUID personId, UpdateProfileRequest request,
            long ifMatch, RequestContext caller) {
        ProfileDetails details = details(request);
        return get(personId).flatMap(current -> {
            requireSelfOrOrganizer(current.state(), caller);
            UpdateProfile command = new UpdateProfile(personId, request.displayName().strip(),
                    blankToNull(request.organisation()), request.country(), request.timeZone(),
                    blankToNull(request.bio()), details, Instant.now(clock));
            return handler.handle(streamId(personId), STREAM_TYPE, DECIDER, command, Optional.of(ifMatch),
                    caller.metadata());
        });
    }

    /** Organizer command; granting a held role or revoking one not held records nothing. */
    public Uni<CommandResult<PersonEvent, Person>> changeRole(UUID personId, String role, boolean grant,
            Optional<Long> ifMatch, RequestContext caller) {
        Instant now = Instant.now(clock);
        PersonCommand command = grant ? new GrantRole(personId, role, caller.subject(), now)
                : new RevokeRole(personId, role, caller.subject(), now);
        return handler.handle(streamId(personId), STREAM_TYPE, DECIDER, command, ifMatch, caller.metadata());
    }

    /** Checks what bean validation cannot and normalises tags, languages and availability. */
    static ProfileDetails details(UpdateProfileRequest request) {
        List<InvalidParam> problems = new ArrayList<>();
        problems.addAll(ProfileRules.languageProblems(request.languages()));
        problems.addAll(ProfileRules.availabilityProblems(request.availability()));
        problems.addAll(ProfileRules.videoProblems(request.introVideo()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> languages = request.languages() == null ? List.of()
                : request.languages().stream().map(ProfileRules::canonicalLanguage).distinct().toList();
        IntroVideo video = request.introVideo() == null ? null
                : new IntroVideo(request.introVideo().url().strip(), request.introVideo().durationSeconds());
        return new ProfileDetails(blankToNull(request.initiativeName()), blankToNull(request.initiativeSummary()),
                request.region(), languages, ProfileRules.normaliseAvailability(request.availability()), video,
                ProfileRules.normaliseTags(request.wantsToLearn()), ProfileRules.normaliseTags(request.canContribute()),
                request.visibility() == null ? Map.of() : Map.copyOf(request.visibility()));
    }

    public Uni<Folded<Person>> get(UUID personId) {
        return load(personId).map(folded -> {
            if (folded.state().erased()) {
                throw new ProblemException(410, "person-erased", "Gone",
                        "this person's data was erased at their request");
            }
            return folded;
        });
    }

    private Uni<Folded<Person>> load(UUID personId) {
        return store.load(streamId(personId), DECIDER.initialState(),
                (state, event) -> DECIDER.evolve(state, (PersonEvent) event)).map(folded -> {
                    if (!folded.exists()) {
                        throw new ResourceNotFoundException("person", personId.toString());
                    }
                    return folded;
                });
    }

    /**
     * Erasure (GDPR): records PersonErased, then destroys the person's key so the log no longer yields their personal
     * fields. Repeating it is harmless (the key is destroyed again, no second event); other services delete what they
     * projected when PersonErased reaches them.
     */
    public Uni<CommandResult<PersonEvent, Person>> erase(UUID personId, RequestContext caller) {
        return load(personId).flatMap(current -> {
            if (!isSelfOrOrganizer(current.state(), caller)) {
                throw new AccessDeniedException("only the person themself or an organizer may request erasure");
            }
            return handler.handle(streamId(personId), STREAM_TYPE, DECIDER,
                    new ErasePerson(personId, caller.subject(), Instant.now(clock)), Optional.empty(),
                    caller.metadata());
        }).call(result -> erasure.shred(personId.toString()));
    }

    static boolean isSelfOrOrganizer(Person person, RequestContext caller) {
        return caller.hasRole(org.hlc.platform.security.Roles.ORGANIZER)
                || (person.subject() != null && person.subject().equals(caller.subject()));
    }

    private static void requireSelfOrOrganizer(Person person, RequestContext caller) {
        if (!isSelfOrOrganizer(person, caller)) {
            throw new AccessDeniedException("only the person themself or an organizer may change this profile");
        }
    }

    private <T> Uni<T> alreadyRegistered(String subject) {
        if (subject == null) {
            return Uni.createFrom().failure(new ConflictException("person-exists", "person already registered"));
        }
        return store.readStream(subjectStreamId(subject)).map(events -> {
            Object existing = events.isEmpty() ? null : ((SubjectClaimed) events.get(0).event()).personId();
            throw new ConflictException("subject-already-registered",
                    "a person is already registered for subject " + subject,
                    existing == null ? Map.of() : Map.of("existingPersonId", existing));
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
