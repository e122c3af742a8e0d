package org.hlc.participants.onboarding;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hlc.participants.person.Person;
import org.hlc.participants.person.PersonCommand.Invite;
import org.hlc.participants.person.PersonCommand.RegisterPerson;
import org.hlc.participants.person.PersonDecider;
import org.hlc.participants.person.PersonEvent;
import org.hlc.participants.person.PersonEvent.InvitationClaimed;
import org.hlc.participants.person.PersonEvent.SubjectClaimed;
import org.hlc.participants.person.PersonService;
import org.hlc.platform.eventstore.AppendRequest;
import org.hlc.platform.eventstore.EventMetadata;
import org.hlc.platform.eventstore.EventStore;
import org.hlc.platform.eventstore.ExpectedVersion;
import org.hlc.platform.eventstore.Folded;
import org.hlc.platform.events.Topics;
import org.hlc.platform.projection.ConsumedEvent;
import org.hlc.platform.projection.TableProjection;
import org.hlc.platform.security.Roles;
import org.jboss.logging.Logger;

/**
 * Turns the award's semi-finalists into participants. Runs inside the projection transaction, so the appended events
 * commit together with the consumed offsets. {@code invitation-{entryId}} is appended expecting no stream: an entry
 * invites once, however often the selection is delivered or repeated; an applicant whose subject already belongs to
 * a person is that person (role participant granted if missing). A concurrent writer makes the append conflict, the
 * batch rolls back and is retried from its stored offsets, and then sees the winner's events. A singleton, not
 * application scoped: it has constructor dependencies and the base class no no-args constructor for a proxy.
 */
@Singleton
public class OnboardingProjection extends TableProjection {
    private static final Logger LOG = Logger.getLogger(OnboardingProjection.class);
    private static final PersonDecider DECIDER = new PersonDecider();
    /** Until the participant completes their profile; the award does not know their zone. */
    static final String PLACEHOLDER_ZONE = "UTC";

    private final EventStore store;

    public OnboardingProjection(EventStore store) {
        super("award-onboarding", List.of(Topics.AWARD), "onboarded_entries");
        this.store = store;
        on("SemiFinalistsSelected", this::selected);
    }

    public static String invitationStreamId(UUID entryId) {
        return "invitation-" + entryId;
    }

    private Uni<Void> selected(SqlConnection tx, ConsumedEvent event) {
        UUID editionId;
        try {
            editionId = event.uuid("editionId");
        } catch (IllegalArgumentException e) {
            editionId = null;
        }
        JsonNode semiFinalists = event.payload().get("semiFinalists");
        Uni<Void> chain = Uni.createFrom().voidItem();
        if (semiFinalists == null || !semiFinalists.isArray()) {
            return chain;
        }
        EventMetadata metadata = new EventMetadata(
                event.correlationId() == null ? UUID.randomUUID() : event.correlationId(), event.eventId(),
                "participants-service/onboarding");
        for (JsonNode node : semiFinalists) {
            SemiFinalist semiFinalist = SemiFinalist.of(node, editionId);
            if (semiFinalist == null) {
                LOG.warnf("SemiFinalistsSelected %s: skipping a semi-finalist without a valid entryId",
                        event.eventId());
                continue;
            }
            chain = chain.flatMap(ignored -> onboard(tx, semiFinalist, event, metadata));
        }
        return chain;
    }

    private Uni<Void> onboard(SqlConnection tx, SemiFinalist s, ConsumedEvent event, EventMetadata metadata) {
        return store.load(tx, invitationStreamId(s.entryId()), (UUID) null,
                (person, e) -> ((InvitationClaimed) e).personId()).flatMap(invitation -> {
                    if (invitation.exists()) {
                        return record(tx, s, invitation.state());
                    }
                    if (s.subject() == null) {
                        return registerAndInvite(tx, s, event, metadata);
                    }
                    return store.load(tx, PersonService.subjectStreamId(s.subject()), (UUID) null,
                            (person, e) -> ((SubjectClaimed) e).personId()).flatMap(claim -> claim.exists()
                                    ? inviteExisting(tx, s, claim.state(), event, metadata)
                                    : registerAndInvite(tx, s, event, metadata));
                });
    }

    private Uni<Void> inviteExisting(SqlConnection tx, SemiFinalist s, UUID personId, ConsumedEvent event,
            EventMetadata metadata) {
        return store.load(tx, PersonService.streamId(personId), DECIDER.initialState(),
                (state, e) -> DECIDER.evolve(state, (PersonEvent) e)).flatMap(person -> {
                    List<PersonEvent> events = DECIDER.decide(
                            new Invite(personId, s.entryId(), s.editionId(), s.title(), event.occurredAt()),
                            person.state());
                    List<AppendRequest> appends = new ArrayList<>();
                    appends.add(claim(s, personId));
                    if (!events.isEmpty()) {
                        appends.add(new AppendRequest(PersonService.streamId(personId), PersonService.STREAM_TYPE,
                                ExpectedVersion.exactly(person.version()), events));
                    }
                    return store.appendIn(tx, appends, metadata).flatMap(versions -> record(tx, s, personId));
                });
    }

    private Uni<Void> registerAndInvite(SqlConnection tx, SemiFinalist s, ConsumedEvent event,
            EventMetadata metadata) {
        UUID personId = UUID.randomUUID();
        List<PersonEvent> events = new ArrayList<>(DECIDER.decide(new RegisterPerson(personId, s.subject(),
                s.displayName(), s.email(), s.country(), PLACEHOLDER_ZONE, List.of(Roles.PARTICIPANT), "award",
                event.occurredAt()), Person.NONE));
        Person registered = DECIDER.fold(events);
        events.addAll(DECIDER.decide(new Invite(personId, s.entryId(), s.editionId(), s.title(), event.occurredAt()),
                registered));
        List<AppendRequest> appends = new ArrayList<>();
        if (s.subject() != null) {
            appends.add(new AppendRequest(PersonService.subjectStreamId(s.subject()),
                    PersonService.SUBJECT_STREAM_TYPE, ExpectedVersion.noStream(),
                    List.of(new SubjectClaimed(personId, s.subject()))));
        }
        appends.add(claim(s, personId));
        appends.add(new AppendRequest(PersonService.streamId(personId), PersonService.STREAM_TYPE,
                ExpectedVersion.noStream(), events));
        return store.appendIn(tx, appends, metadata).flatMap(versions -> record(tx, s, personId));
    }

    private static AppendRequest claim(SemiFinalist s, UUID personId) {
        return new AppendRequest(invitationStreamId(s.entryId()), "invitation", ExpectedVersion.noStream(),
                List.of(new InvitationClaimed(personId, s.entryId())));
    }

    private static Uni<Void> record(SqlConnection tx, SemiFinalist s, UUID personId) {
        return execute(tx, """
                insert into onboarded_entries (entry_id, person_id, edition_id, title) values ($1, $2, $3, $4)
                on conflict (entry_id) do nothing""", s.entryId(), personId, s.editionId(), s.title());
    }

    /** The fields this service reads from one semi-finalist (tolerant reader: others are ignored). */
    record SemiFinalist(UUID entryId, UUID editionId, String subject, String title, String country, String email,
            String displayName) {

        static SemiFinalist of(JsonNode node, UUID editionId) {
            UUID entryId;
            try {
                entryId = UUID.fromString(text(node, "entryId"));
            } catch (RuntimeException e) {
                return null;
            }
            String email = text(node, "contactEmail");
            String name = text(node, "applicantName");
            if (name == null) {
                name = email != null && email.contains("@") ? email.substring(0, email.indexOf('@')) : text(node, "title");
            }
            return new SemiFinalist(entryId, editionId, text(node, "applicantSubject"),
                    text(node, "title"), text(node, "country"),
                    email == null ? null : email.strip().toLowerCase(Locale.ROOT), name);
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
        }
    }
}
