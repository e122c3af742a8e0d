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
}
