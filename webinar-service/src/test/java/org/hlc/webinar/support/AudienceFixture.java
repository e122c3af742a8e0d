package org.hlc.webinar.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.hlc.platform.testing.KafkaEvents;
import org.hlc.platform.testing.TestTokens;

/**
 * Puts people into the audience read model the way participants-service does: a PersonRegistered on its topic,
 * shaped like the contract example (plus the optional availability), then waits until the projection has it.
 */
public final class AudienceFixture {
    private AudienceFixture() {
    }

    public record Person(UUID id, String subject, String token) {
    }

    public static Person person(String kafka, String name, String zone, String role, String availabilityJson) {
        UUID id = UUID.randomUUID();
        String subject = UUID.randomUUID().toString();
        String payload = """
                {"personId": "%s", "subject": "%s", "displayName": "%s", "email": "%s@example.org", "country": "KE",
                 "timeZone": "%s", "roles": ["%s"], "registeredBy": "organizer", "registeredAt": "2026-11-01T09:00:00Z"
                 %s}""".formatted(id, subject, name, subject, zone, role,
                availabilityJson == null ? "" : ", \"availability\": " + availabilityJson);
        KafkaEvents.publish(kafka, "hlc.participants.events", "person-" + id, 1, "hlc.participants.PersonRegistered",
                payload);
        String organizer = TestTokens.anyone("organizer");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().auth().oauth2(organizer).get("/audience/" + id).statusCode() == 200);
        return new Person(id, subject, TestTokens.token(subject, role));
    }

    public static Person person(String kafka, String name, String zone, String role) {
        return person(kafka, name, zone, role, null);
    }

    /** A coaching group as participants-service publishes it: GroupCreated, then one MemberAdded per member. */
    public static UUID group(String kafka, UUID coachId, UUID... members) {
        UUID group = UUID.randomUUID();
        String cohort = "cohort-" + group.toString().substring(0, 8);
        KafkaEvents.publish(kafka, "hlc.participants.events", "group-" + group, 1, "hlc.participants.GroupCreated", """
                {"groupId": "%s", "cohort": "%s", "name": "East Africa 1", "region": "EAST_AFRICA",
                 "coachPersonId": "%s", "createdBy": "organizer", "createdAt": "2026-11-01T08:00:00Z"}"""
                .formatted(group, cohort, coachId));
        for (UUID member : members) {
            KafkaEvents.publish(kafka, "hlc.participants.events", "membership-" + cohort + "-" + member, 1,
                    "hlc.participants.MemberAdded", """
                            {"cohort": "%s", "personId": "%s", "groupId": "%s", "addedAt": "2026-11-01T08:05:00Z"}"""
                            .formatted(cohort, member, group));
        }
        return group;
    }
}
