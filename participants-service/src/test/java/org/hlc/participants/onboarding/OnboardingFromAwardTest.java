package org.hlc.participants.onboarding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.platform.testing.ContractExamples;
import org.hlc.platform.testing.KafkaEvents;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Consumer contract test: the recorded award example, published as award-service's relay would. The bound is generous
 * because hlc.award.events also carries every vote, which this projection reads past.
 */
@QuarkusTest
class OnboardingFromAwardTest {
    private static final String TYPE = "hlc.award.SemiFinalistsSelected";
    private final String organizer = TestTokens.anyone("organizer");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void each_semi_finalist_becomes_an_invited_participant_linked_to_the_entry() {
        Selection selection = new Selection();

        publish(selection.json, UUID.randomUUID());
        String personId = awaitInvitation(selection.entry1);

        given().auth().oauth2(organizer).get("/participants/" + personId).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("subject", equalTo(selection.subject1))
                .body("roles", contains("participant"))
                .body("country", equalTo("KE"))
                .body("email", equalTo("amina@example.org"))
                .body("entryIds", contains(selection.entry1));
        given().auth().oauth2(TestTokens.token(selection.subject1, "participant")).get("/participants/" + personId)
                .then().statusCode(200).body("entryIds", contains(selection.entry1));
        awaitInvitation(selection.entry2);
    }

    @Test
    void a_redelivery_or_a_second_selection_of_the_same_entries_creates_nobody_new() {
        Selection selection = new Selection();
        UUID eventId = UUID.randomUUID();

        publish(selection.json, eventId);
        String personId = awaitInvitation(selection.entry1);
        publish(selection.json, eventId);
        publish(selection.json, UUID.randomUUID());
        String marker = "marker-" + UUID.randomUUID();
        Selection later = new Selection();
        publish(later.json, UUID.randomUUID());
        awaitInvitation(later.entry1);

        assertThat(awaitInvitation(selection.entry1)).isEqualTo(personId);
        given().auth().oauth2(organizer).get("/participants/" + personId).then().header("ETag", "\"2\"")
                .body("entryIds", contains(selection.entry1));
        given().auth().oauth2(organizer).contentType(ContentType.JSON).body(
                "{\"subject\": \"" + selection.subject1 + "\", \"displayName\": \"" + marker + "\", "
                        + "\"email\": \"x@example.org\", \"country\": \"KE\", \"timeZone\": \"Africa/Nairobi\", "
                        + "\"roles\": [\"participant\"]}").post("/participants")
                .then().statusCode(409).body("existingPersonId", equalTo(personId));
    }

    @Test
    void an_applicant_already_registered_is_reused_and_gains_the_participant_role() {
        Selection selection = new Selection();
        String existing = given().auth().oauth2(organizer).contentType(ContentType.JSON).body(
                "{\"subject\": \"" + selection.subject2 + "\", \"displayName\": \"Rami\", "
                        + "\"email\": \"rami@example.org\", \"country\": \"LB\", \"timeZone\": \"Asia/Beirut\", "
                        + "\"roles\": [\"voter\"]}").post("/participants")
                .then().statusCode(201).extract().path("id");

        publish(selection.json, UUID.randomUUID());

        assertThat(awaitInvitation(selection.entry2)).isEqualTo(existing);
        given().auth().oauth2(organizer).get("/participants/" + existing).then().statusCode(200)
                .header("ETag", "\"3\"")
                .body("roles", contains("voter", "participant"))
                .body("timeZone", equalTo("Asia/Beirut"))
                .body("entryIds", hasItem(selection.entry2));
    }

    private String awaitInvitation(String entryId) {
        List<String> found = new java.util.ArrayList<>();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> {
            var response = given().auth().oauth2(organizer).get("/invitations/" + entryId);
            if (response.statusCode() != 200) {
                return false;
            }
            found.add(response.path("personId"));
            return true;
        });
        return found.get(found.size() - 1);
    }

    private void publish(String json, UUID eventId) {
        KafkaEvents.publish(kafka, "hlc.award.events", "semifinal-" + UUID.randomUUID(), 1, TYPE, json, eventId);
    }

    /** The recorded example with fresh entry ids and subjects, so runs against the same database stay apart. */
    private static final class Selection {
        final String entry1 = UUID.randomUUID().toString();
        final String entry2 = UUID.randomUUID().toString();
        final String subject1 = UUID.randomUUID().toString();
        final String subject2 = UUID.randomUUID().toString();
        final String json;

        Selection() {
            try {
                ObjectMapper mapper = new ObjectMapper();
                ObjectNode event = (ObjectNode) mapper.readTree(ContractExamples.example("award",
                        "SemiFinalistsSelected"));
                ArrayNode semiFinalists = (ArrayNode) event.get("semiFinalists");
                ((ObjectNode) semiFinalists.get(0)).put("entryId", entry1).put("applicantSubject", subject1);
                ((ObjectNode) semiFinalists.get(1)).put("entryId", entry2).put("applicantSubject", subject2);
                json = mapper.writeValueAsString(event);
            } catch (Exception e) {
                throw new IllegalStateException("unreadable award example", e);
            }
        }
    }
}
