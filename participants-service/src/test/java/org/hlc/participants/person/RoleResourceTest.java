package org.hlc.participants.person;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoleResourceTest {
    private final String organizer = TestTokens.anyone("organizer");

    @Test
    void an_organizer_grants_and_revokes_a_role_once_each() {
        String id = register();

        grant(organizer, id, "coach").then().statusCode(200).header("ETag", "\"2\"")
                .body("roles", contains("participant", "coach"));
        grant(organizer, id, "coach").then().statusCode(200).header("ETag", "\"2\"");
        given().auth().oauth2(organizer).delete("/participants/" + id + "/roles/participant").then().statusCode(200)
                .header("ETag", "\"3\"").body("roles", contains("coach"));
        given().auth().oauth2(organizer).delete("/participants/" + id + "/roles/participant").then().statusCode(200)
                .header("ETag", "\"3\"");
        given().auth().oauth2(organizer).get("/participants/" + id).then().body("roles", not(hasItem("participant")));
    }

    @Test
    void only_organizers_change_roles() {
        String id = register();
        grant(TestTokens.anyone("coach", "participant"), id, "coach").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.anyone("coach")).delete("/participants/" + id + "/roles/participant")
                .then().statusCode(403);
    }

    @Test
    void rejects_an_unknown_role_and_an_unknown_person() {
        String id = register();
        grant(organizer, id, "king").then().statusCode(400).body("'invalid-params'.name", contains("role"));
        given().auth().oauth2(organizer).delete("/participants/" + id + "/roles/king").then().statusCode(400)
                .body("'invalid-params'.name", contains("role"));
        grant(organizer, UUID.randomUUID().toString(), "coach").then().statusCode(404);
    }

    @Test
    void a_stale_if_match_on_a_role_change_is_refused() {
        String id = register();
        given().auth().oauth2(organizer).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body("{\"role\": \"coach\"}").post("/participants/" + id + "/roles").then().statusCode(412);
    }

    private String register() {
        return given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body(PersonResourceTest.person(UUID.randomUUID().toString(), "Europe/Berlin", "DE"))
                .post("/participants").then().statusCode(201).extract().path("id");
    }

    private static Response grant(String token, String id, String role) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"role\": \"" + role + "\"}")
                .post("/participants/" + id + "/roles");
    }
}
