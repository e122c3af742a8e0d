package org.hlc.participants.person;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hlc.platform.testing.OpenApiInputAudit;
import org.hlc.platform.testing.OpenApiSecurityAudit;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonResourceTest {
    private final String organizer = TestTokens.anyone("organizer");

    @Test
    void registers_a_person_with_location_and_etag() {
        String subject = UUID.randomUUID().toString();
        Response response = register(organizer, person(subject, "Africa/Nairobi", "KE"));

        response.then().statusCode(201)
                .header("Location", containsString("/participants/"))
                .header("ETag", "\"1\"")
                .body("displayName", equalTo("Amina Njoroge"))
                .body("timeZone", equalTo("Africa/Nairobi"))
                .body("roles", hasItem("participant"));
        String id = response.path("id");
        given().auth().oauth2(organizer).get("/participants/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("subject", equalTo(subject)).body("email", notNullValue());
    }

    @Test
    void hides_the_email_from_other_members() {
        String id = register(organizer, person(UUID.randomUUID().toString(), "Asia/Kolkata", "IN")).path("id");

        given().auth().oauth2(TestTokens.anyone("participant")).get("/participants/" + id).then().statusCode(200)
                .body("email", nullValue()).body("displayName", equalTo("Amina Njoroge"));
    }

    @Test
    void a_participant_registers_themself_with_their_own_subject() {
        String subject = UUID.randomUUID().toString();
        String token = TestTokens.token(subject, "participant");

        register(token, person(null, "America/Bogota", "CO")).then().statusCode(201).body("subject", equalTo(subject));
        register(token, person(null, "America/Bogota", "CO")).then().statusCode(409)
                .contentType("application/problem+json").body("existingPersonId", notNullValue());
    }

    @Test
    void refuses_a_participant_granting_themself_the_organizer_role() {
        String token = TestTokens.anyone("participant");
        String body = """
                {"displayName": "Sneaky", "email": "s@example.org", "country": "NL", "timeZone": "Europe/Amsterdam",
                 "roles": ["organizer"]}""";

        register(token, body).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void rejects_unknown_time_zone_naming_the_field() {
        register(organizer, person(null, "Mars/Olympus_Mons", "KE")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("'invalid-params'.name", hasItem("timeZone"));
    }

    @Test
    void rejects_bad_country_code_naming_the_field() {
        register(organizer, person(null, "Africa/Lagos", "XX")).then().statusCode(400)
                .body("'invalid-params'.name", hasItem("country"));
    }

    @Test
    void rejects_missing_fields_naming_each_of_them() {
        register(organizer, "{\"displayName\": \"Only a name\"}").then().statusCode(400)
                .contentType("application/problem+json")
                .body("'invalid-params'.name", org.hamcrest.Matchers.hasItems("email", "country", "timeZone", "roles"));
    }

    @Test
    void rejects_an_unknown_role_naming_its_position() {
        String body = person(null, "Africa/Lagos", "NG").replace("[\"participant\"]", "[\"participant\", \"king\"]");
        register(organizer, body).then().statusCode(400).body("'invalid-params'.name", hasItem("roles[1]"));
    }

    @Test
    void rejects_malformed_json_and_wrong_types() {
        register(organizer, "{\"displayName\": ").then().statusCode(400).contentType("application/problem+json")
                .body("'invalid-params'.name", hasItem("body"));
        register(organizer, person(null, "Africa/Lagos", "NG").replace("[\"participant\"]", "{\"a\": 1}"))
                .then().statusCode(400).body("'invalid-params'.name", hasItem("roles"));
    }

    @Test
    void rejects_a_malformed_id_with_400_and_an_unknown_one_with_404() {
        given().auth().oauth2(organizer).get("/participants/not-a-uuid").then().statusCode(400)
                .body("'invalid-params'.name", hasItem("id"));
        given().auth().oauth2(organizer).get("/participants/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void updates_the_profile_with_if_match_and_refuses_a_stale_one() {
        String subject = UUID.randomUUID().toString();
        String self = TestTokens.token(subject, "participant");
        String id = register(organizer, person(subject, "Asia/Beirut", "LB")).path("id");
        String profile = """
                {"displayName": "Rami K.", "organisation": "Beirut Makers", "country": "LB",
                 "timeZone": "Asia/Beirut", "bio": "Maker spaces"}""";

        updateProfile(self, id, "\"1\"", profile).then().statusCode(200).header("ETag", "\"2\"")
                .body("organisation", equalTo("Beirut Makers"));
        updateProfile(self, id, "\"1\"", profile.replace("Rami K.", "Rami")).then().statusCode(412)
                .contentType("application/problem+json").body("currentVersion", equalTo(2));
        updateProfile(self, id, null, profile).then().statusCode(428);
    }

    @Test
    void refuses_to_edit_another_persons_profile() {
        String id = register(organizer, person(UUID.randomUUID().toString(), "Asia/Jakarta", "ID")).path("id");
        String profile = """
                {"displayName": "Hijacked", "country": "ID", "timeZone": "Asia/Jakarta"}""";

        updateProfile(TestTokens.anyone("participant"), id, "\"1\"", profile).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void concurrent_profile_updates_let_exactly_one_win() throws Exception {
        String id = register(organizer, person(UUID.randomUUID().toString(), "Africa/Nairobi", "KE")).path("id");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String profile = "{\"displayName\": \"Writer " + i + "\", \"country\": \"KE\", \"timeZone\": \"Africa/Nairobi\"}";
            Callable<Integer> call = () -> updateProfile(organizer, id, "\"1\"", profile).statusCode();
            results.add(pool.submit(call));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).allMatch(s -> s == 200 || s == 409 || s == 412);
        given().auth().oauth2(organizer).get("/participants/" + id).then().header("ETag", "\"2\"");
    }

    @Test
    void a_repeated_idempotency_key_replays_the_first_response_without_a_second_registration() {
        String key = UUID.randomUUID().toString();
        String body = person(UUID.randomUUID().toString(), "Africa/Lagos", "NG");

        Response first = authorized(organizer).header("Idempotency-Key", key).body(body).post("/participants");
        Response again = authorized(organizer).header("Idempotency-Key", key).body(body).post("/participants");

        first.then().statusCode(201);
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")));
        assertThat(again.<String>path("id")).isEqualTo(first.path("id"));
        authorized(organizer).header("Idempotency-Key", key).body(body.replace("Amina", "Other")).post("/participants")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void lists_people_page_by_page_with_a_next_link() {
        for (int i = 0; i < 3; i++) {
            register(organizer, person(UUID.randomUUID().toString(), "Africa/Nairobi", "KE")).then().statusCode(201);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(organizer)
                .get("/participants?limit=100").<List<?>>path("items").size() >= 3);

        Response firstPage = given().auth().oauth2(organizer).get("/participants?limit=2");
        firstPage.then().statusCode(200).header("Link", containsString("rel=\"next\""));
        String next = firstPage.path("next");
        assertThat(next).contains("cursor=");
        List<String> firstIds = firstPage.path("items.id");
        List<String> secondIds = given().auth().oauth2(organizer).get(next).path("items.id");
        assertThat(secondIds).isNotEmpty().doesNotContainAnyElementsOf(firstIds);
        given().auth().oauth2(organizer).get("/participants?limit=0").then().statusCode(400)
                .body("'invalid-params'.name", hasItem("limit"));
        given().auth().oauth2(organizer).get("/participants?cursor=@@@").then().statusCode(400)
                .body("'invalid-params'.name", hasItem("cursor"));
    }

    @Test
    void refuses_tokens_for_another_audience() {
        given().auth().oauth2(TestTokens.forAudience("other-api", "x", "organizer")).get("/participants")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void every_non_public_operation_refuses_anonymous_callers() throws Exception {
        List<String> checked = OpenApiSecurityAudit.assertAnonymousCallsAreRejected(Set.of());

        assertThat(checked).contains("POST /participants", "GET /participants/{id}", "PUT /participants/{id}/profile",
                "GET /admin/projections");
    }

    @Test
    void bad_input_to_any_operation_gets_a_named_4xx_problem() throws Exception {
        String person = register(organizer, person(UUID.randomUUID().toString(), "Africa/Nairobi", "KE")).then()
                .statusCode(201).extract().path("id");
        String coach = register(organizer, person(UUID.randomUUID().toString(), "Africa/Nairobi", "KE")
                .replace("\"participant\"", "\"coach\"")).then().statusCode(201).extract().path("id");
        String group = authorized(organizer).body("""
                {"cohort": "c-%s", "name": "Audited", "region": "EAST_AFRICA", "coachPersonId": "%s"}"""
                .formatted(UUID.randomUUID(), coach)).post("/groups").then().statusCode(201).extract().path("groupId");

        assertThat(OpenApiInputAudit.assertBadInputGetsNamedProblems(Map.of("/participants/{id}", person,
                "/groups/{id}", group, "role", "coach")))
                .contains("POST /participants", "PUT /participants/{id}/profile");
    }

    static String person(String subject, String timeZone, String country) {
        return """
                {%s"displayName": "Amina Njoroge", "email": "amina.%s@example.org", "country": "%s",
                 "timeZone": "%s", "roles": ["participant"]}"""
                .formatted(subject == null ? "" : "\"subject\": \"" + subject + "\", ", UUID.randomUUID(), country,
                        timeZone);
    }

    private static RequestSpecification authorized(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Response register(String token, String body) {
        return authorized(token).body(body).post("/participants");
    }

    private static Response updateProfile(String token, String id, String ifMatch, String body) {
        RequestSpecification request = authorized(token).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.put("/participants/" + id + "/profile");
    }
}
