package org.hlc.participants.person;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProfileResourceTest {
    private final String organizer = TestTokens.anyone("organizer");

    @Test
    void stores_the_full_profile_and_shows_it_to_the_person_themself() {
        String subject = UUID.randomUUID().toString();
        String id = register(subject);

        put(TestTokens.token(subject, "participant"), id, PersonResource.PROFILE_EXAMPLE).then().statusCode(200)
                .header("ETag", "\"2\"");

        given().auth().oauth2(TestTokens.token(subject, "participant")).get("/participants/" + id).then()
                .statusCode(200)
                .body("initiativeName", equalTo("Maji Safi kiosks"))
                .body("region", equalTo("EAST_AFRICA"))
                .body("languages", contains("sw", "en"))
                .body("availability.MONDAY.from", contains("08:00", "14:00"))
                .body("availability.TUESDAY[0].to", equalTo("20:00"))
                .body("availability.SUNDAY.size()", equalTo(0))
                .body("introVideo.durationSeconds", equalTo(90))
                .body("wantsToLearn", contains("finance-and-revenue-models", "upscaling"))
                .body("canContribute", hasItem("community water"))
                .body("visibility.bio", equalTo("PUBLIC"))
                .body("visibility.country", equalTo("COMMUNITY"))
                .body("email", notNullValue());
    }

    @Test
    void honours_field_visibility_for_community_members_and_signed_in_outsiders() {
        String subject = UUID.randomUUID().toString();
        String id = register(subject);
        String profile = PersonResource.PROFILE_EXAMPLE.replace("\"availability\": \"COMMUNITY\"",
                "\"availability\": \"PRIVATE\", \"initiativeName\": \"PUBLIC\"");
        put(TestTokens.token(subject, "participant"), id, profile).then().statusCode(200);

        given().auth().oauth2(TestTokens.anyone("participant")).get("/participants/" + id).then().statusCode(200)
                .body("email", nullValue())
                .body("availability", nullValue())
                .body("organisation", equalTo("Maji Safi"))
                .body("bio", equalTo("Water engineer"))
                .body("visibility", nullValue());
        given().auth().oauth2(TestTokens.anyone("voter")).get("/participants/" + id).then().statusCode(200)
                .body("displayName", equalTo("Amina Njoroge"))
                .body("bio", equalTo("Water engineer"))
                .body("initiativeName", equalTo("Maji Safi kiosks"))
                .body("organisation", nullValue())
                .body("country", nullValue())
                .body("wantsToLearn", nullValue());
        given().auth().oauth2(organizer).get("/participants/" + id).then().statusCode(200)
                .body("availability.MONDAY.size()", equalTo(2));
    }

    @Test
    void an_organizer_may_edit_anyones_profile() {
        String id = register(UUID.randomUUID().toString());

        put(organizer, id, PersonResource.PROFILE_EXAMPLE).then().statusCode(200)
                .body("initiativeName", equalTo("Maji Safi kiosks"));
    }

    @Test
    void rejects_an_unknown_language_naming_its_position() {
        String id = register(UUID.randomUUID().toString());
        put(organizer, id, PersonResource.PROFILE_EXAMPLE.replace("[\"sw\", \"en\"]", "[\"sw\", \"xx\"]"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("'invalid-params'.name", contains("languages[1]"));
        put(organizer, id, PersonResource.PROFILE_EXAMPLE.replace("[\"sw\", \"en\"]", "[\"en_US\"]"))
                .then().statusCode(400).body("'invalid-params'.name", contains("languages[0]"));
    }

    @Test
    void rejects_an_invalid_country_and_an_unknown_zone_naming_each() {
        String id = register(UUID.randomUUID().toString());
        put(organizer, id, PersonResource.PROFILE_EXAMPLE.replace("\"KE\"", "\"XX\"")
                .replace("\"Africa/Nairobi\"", "\"Africa/Atlantis\"")).then().statusCode(400)
                .body("'invalid-params'.name", contains("country", "timeZone"));
    }

    @Test
    void rejects_a_video_url_that_is_not_http_and_a_video_over_five_minutes() {
        String id = register(UUID.randomUUID().toString());
        put(organizer, id, PersonResource.PROFILE_EXAMPLE.replace("https://video.example.org/amina.mp4",
                "javascript:alert(1)")).then().statusCode(400)
                .body("'invalid-params'.name", contains("introVideo.url"));
        put(organizer, id, PersonResource.PROFILE_EXAMPLE.replace("\"durationSeconds\": 90",
                "\"durationSeconds\": 301")).then().statusCode(400)
                .body("'invalid-params'.name", contains("introVideo.durationSeconds"));
    }

    @Test
    void rejects_too_many_tags_and_overlong_tags() {
        String id = register(UUID.randomUUID().toString());
        StringBuilder tags = new StringBuilder("[");
        for (int i = 0; i < 21; i++) {
            tags.append(i == 0 ? "" : ", ").append("\"tag-").append(i).append('"');
        }
        tags.append(']');
        put(organizer, id, PersonResource.PROFILE_EXAMPLE.replace("[\"finance-and-revenue-models\", \"upscaling\"]",
                tags.toString())).then().statusCode(400).body("'invalid-params'.name", contains("wantsToLearn"));
        put(organizer, id, PersonResource.PROFILE_EXAMPLE.replace("\"community water\"", "\"" + "x".repeat(41) + "\""))
                .then().statusCode(400).body("'invalid-params'.name", contains("canContribute[1]"));
    }

    @Test
    void rejects_overlapping_and_inverted_availability_windows_naming_the_window() {
        String id = register(UUID.randomUUID().toString());
        put(organizer, id, PersonResource.PROFILE_EXAMPLE.replace("{\"from\": \"14:00\", \"to\": \"18:00\"}",
                "{\"from\": \"11:00\", \"to\": \"18:00\"}")).then().statusCode(400)
                .body("'invalid-params'.name", contains("availability.MONDAY[1]"));
        put(organizer, id, PersonResource.PROFILE_EXAMPLE.replace("\"SATURDAY\": []",
                "\"SATURDAY\": [{\"from\": \"20:00\", \"to\": \"09:00\"}]")).then().statusCode(400)
                .body("'invalid-params'.name", contains("availability.SATURDAY[0]"));
        put(organizer, id, PersonResource.PROFILE_EXAMPLE.replace("\"14:00\"", "\"25:00\"")).then().statusCode(400)
                .body("'invalid-params'.name", hasItem(org.hamcrest.Matchers.startsWith("availability")));
    }

    @Test
    void rejects_an_unknown_region() {
        String id = register(UUID.randomUUID().toString());
        put(organizer, id, PersonResource.PROFILE_EXAMPLE.replace("EAST_AFRICA", "ATLANTIS")).then().statusCode(400)
                .body("'invalid-params'.name", contains("region"));
    }

    @Test
    void updating_an_unknown_person_is_not_found() {
        put(organizer, UUID.randomUUID().toString(), PersonResource.PROFILE_EXAMPLE).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void another_participant_may_not_edit_a_full_profile() {
        String id = register(UUID.randomUUID().toString());
        put(TestTokens.anyone("participant", "coach"), id, PersonResource.PROFILE_EXAMPLE).then().statusCode(403)
                .contentType("application/problem+json");
    }

    private String register(String subject) {
        return given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(PersonResourceTest.person(subject, "Africa/Nairobi", "KE")).post("/participants")
                .then().statusCode(201).extract().path("id");
    }

    private static Response put(String token, String id, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                .put("/participants/" + id + "/profile");
    }
}
