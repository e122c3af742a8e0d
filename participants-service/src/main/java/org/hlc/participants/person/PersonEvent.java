package org.hlc.participants.person;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hlc.participants.person.profile.IntroVideo;
import org.hlc.participants.person.profile.ProfileDetails;
import org.hlc.participants.person.profile.ProfileField;
import org.hlc.participants.person.profile.Region;
import org.hlc.participants.person.profile.TimeWindow;
import org.hlc.participants.person.profile.Visibility;
import org.hlc.platform.events.EventType;
import org.hlc.platform.privacy.DataSubject;
import org.hlc.platform.privacy.PersonalData;

/** Facts about a person, in the past tense. Payloads are the public contract on hlc.participants.events. */
public sealed interface PersonEvent {
    UUID personId();

    @EventType("PersonRegistered")
    record PersonRegistered(@DataSubject UUID personId, String subject, @PersonalData String displayName,
            @PersonalData String email, String country,
            String timeZone, List<String> roles, String registeredBy, Instant registeredAt) implements PersonEvent {
    }

    /**
     * The whole profile was replaced. The fields after {@code updatedAt} were added later as optional fields (v1
     * payloads only grow): an event without them means the person had not given them.
     */
    @EventType("ProfileUpdated")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProfileUpdated(@DataSubject UUID personId, @PersonalData String displayName,
            @PersonalData String organisation, String country, String timeZone, @PersonalData String bio,
            Instant updatedAt, @PersonalData String initiativeName, @PersonalData String initiativeSummary,
            Region region, List<String> languages, Map<DayOfWeek, List<TimeWindow>> availability,
            @PersonalData IntroVideo introVideo,
            List<String> wantsToLearn, List<String> canContribute, Map<ProfileField, Visibility> visibility)
            implements PersonEvent {

        @JsonCreator
        public ProfileUpdated {
        }

        public ProfileUpdated(UUID personId, String displayName, String organisation, String country,
                String timeZone, String bio, Instant updatedAt) {
            this(personId, displayName, organisation, country, timeZone, bio, updatedAt, ProfileDetails.EMPTY);
        }

        public ProfileUpdated(UUID personId, String displayName, String organisation, String country,
                String timeZone, String bio, Instant updatedAt, ProfileDetails details) {
            this(personId, displayName, organisation, country, timeZone, bio, updatedAt, details.initiativeName(),
                    details.initiativeSummary(), details.region(), details.languages(), details.availability(),
                    details.introVideo(), details.wantsToLearn(), details.canContribute(), details.visibility());
        }

        @JsonIgnore
        public ProfileDetails details() {
            return new ProfileDetails(initiativeName, initiativeSummary, region,
                    languages == null ? List.of() : languages, availability, introVideo,
                    wantsToLearn == null ? List.of() : wantsToLearn, canContribute == null ? List.of() : canContribute,
                    visibility == null ? Map.of() : visibility);
        }
    }

    /**
     * The person asked to be forgotten (or an organizer did for them). Their personal fields in this log were
     * crypto-shredded with this event; every service deletes what it projected about them.
     */
    @EventType("PersonErased")
    record PersonErased(UUID personId, String erasedBy, Instant erasedAt) implements PersonEvent {
    }

    /** Written to the subject's reservation stream: one person per token subject, enforced by the stream id. */
    @EventType("SubjectClaimed")
    record SubjectClaimed(UUID personId, String subject) implements PersonEvent {
    }

    @EventType("RoleGranted")
    record RoleGranted(UUID personId, String role, String grantedBy, Instant grantedAt) implements PersonEvent {
    }

    @EventType("RoleRevoked")
    record RoleRevoked(UUID personId, String role, String revokedBy, Instant revokedAt) implements PersonEvent {
    }

    /** A semi-finalist of the award was invited into the programme as a participant, linked to their entry. */
    @EventType("Invited")
    record Invited(UUID personId, UUID entryId, UUID editionId, String entryTitle, Instant invitedAt)
            implements PersonEvent {
    }

    /** Written to {@code invitation-{entryId}} expecting no stream: one entry invites one person, once. */
    @EventType("InvitationClaimed")
    record InvitationClaimed(UUID personId, UUID entryId) implements PersonEvent {
    }
}
