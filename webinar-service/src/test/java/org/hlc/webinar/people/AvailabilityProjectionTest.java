package org.hlc.webinar.people;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.platform.testing.KafkaEvents;
import org.hlc.platform.testing.TestTokens;
import org.hlc.webinar.support.AudienceFixture;
import org.junit.jupiter.api.Test;

/** The optional availability field participants-service is adding to profile events. */
@QuarkusTest
class AvailabilityProjectionTest {
    private final String token = TestTokens.anyone("organizer");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void a_person_without_availability_gets_eight_to_eight_every_day() {
        AudienceFixture.Person person = AudienceFixture.person(kafka, "Lagos", "Africa/Lagos", "participant");

        given().auth().oauth2(token).get("/audience/" + person.id()).then().statusCode(200)
                .body("availability.MONDAY[0].from", equalTo("08:00"))
                .body("availability.SUNDAY[0].to", equalTo("20:00"));
    }

    @Test
    void a_profile_update_with_availability_replaces_it_and_one_without_the_field_keeps_it() {
        AudienceFixture.Person person = AudienceFixture.person(kafka, "Beirut", "Asia/Beirut", "participant");
        profileUpdated(person, 2, ", \"availability\": {\"TUESDAY\": [{\"from\": \"06:30\", \"to\": \"09:00\"}]}");
        await().atMost(Duration.ofSeconds(30)).until(() -> Integer.valueOf(2).equals(
                given().auth().oauth2(token).get("/audience/" + person.id()).path("version")));
        profileUpdated(person, 3, "");
        await().atMost(Duration.ofSeconds(30)).until(() -> Integer.valueOf(3).equals(
                given().auth().oauth2(token).get("/audience/" + person.id()).path("version")));

        given().auth().oauth2(token).get("/audience/" + person.id()).then()
                .body("availability.TUESDAY[0].from", equalTo("06:30"))
                .body("availability.MONDAY", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void a_malformed_availability_is_ignored_by_the_tolerant_reader() {
        AudienceFixture.Person person = AudienceFixture.person(kafka, "Nairobi", "Africa/Nairobi", "participant",
                "{\"FUNDAY\": [{\"from\": \"25:00\", \"to\": \"x\"}]}");

        given().auth().oauth2(token).get("/audience/" + person.id()).then().statusCode(200)
                .body("availability.MONDAY[0].from", equalTo("08:00"));
    }

    @Test
    void granted_and_revoked_roles_are_applied_so_a_new_expert_can_host() {
        AudienceFixture.Person person = AudienceFixture.person(kafka, "Future expert", "Asia/Jakarta", "participant");
        KafkaEvents.publish(kafka, "hlc.participants.events", "person-" + person.id(), 2,
                "hlc.participants.RoleGranted", """
                        {"personId": "%s", "role": "expert", "grantedAt": "2026-11-02T09:00:00Z"}""".formatted(person.id()));
        KafkaEvents.publish(kafka, "hlc.participants.events", "person-" + person.id(), 3,
                "hlc.participants.RoleRevoked", """
                        {"personId": "%s", "role": "participant", "revokedAt": "2026-11-02T09:01:00Z"}"""
                        .formatted(person.id()));

        await().atMost(Duration.ofSeconds(30)).until(() -> Integer.valueOf(3).equals(
                given().auth().oauth2(token).get("/audience/" + person.id()).path("version")));
        given().auth().oauth2(token).get("/audience/" + person.id()).then()
                .body("roles", org.hamcrest.Matchers.contains("expert"));
    }

    private void profileUpdated(AudienceFixture.Person person, long version, String extra) {
        KafkaEvents.publish(kafka, "hlc.participants.events", "person-" + person.id(), version,
                "hlc.participants.ProfileUpdated", """
                        {"personId": "%s", "displayName": "Rami", "country": "LB", "timeZone": "Asia/Beirut",
                         "updatedAt": "2026-11-02T09:00:00Z"%s}""".formatted(person.id(), extra));
    }
}
