package org.hlc.learning.programme;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hlc.learning.LearningFixtures.ORGANIZER;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hlc.learning.LearningFixtures;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgrammeResourceTest {

    private static Map<String, Object> material(String title, Instant releaseAt, String markdown) {
        return Map.of("title", title, "markdown", markdown, "links", List.of("https://example.org/read"),
                "releaseAt", releaseAt.toString());
    }

    @Test
    void participants_see_only_material_released_by_now_while_organizers_see_all() {
        String[] ids = LearningFixtures.programmeWithModule().split("/");
        String materials = "/programmes/" + ids[0] + "/modules/" + ids[1] + "/materials";
        given().auth().oauth2(ORGANIZER).contentType("application/json")
                .body(material("Released", Instant.now().minusSeconds(60), "# Read me"))
                .post(materials).then().statusCode(201);
        given().auth().oauth2(ORGANIZER).contentType("application/json")
                .body(material("Tomorrow", Instant.now().plusSeconds(86_400), "# Later"))
                .post(materials).then().statusCode(201);

        List<String> participantSees = given().auth().oauth2(TestTokens.anyone("participant"))
                .get("/programmes/" + ids[0]).then().statusCode(200).extract().path("modules[0].materials.title");
        List<String> organizerSees = given().auth().oauth2(ORGANIZER).get("/programmes/" + ids[0]).then()
                .statusCode(200).extract().path("modules[0].materials.title");

        assertThat(participantSees).containsExactly("Released");
        assertThat(organizerSees).containsExactly("Released", "Tomorrow");
    }

    @Test
    void a_new_programme_has_the_two_standard_weeks() {
        String id = LearningFixtures.programmeWithModule().split("/")[0];
        given().auth().oauth2(ORGANIZER).get("/programmes/" + id).then().statusCode(200)
                .body("weeks.theme", equalTo(List.of("learning from peers and experts", "testing and prototyping")))
                .body("modules[0].topic", equalTo("finance-and-revenue-models"));
    }

    @Test
    void rejects_an_unknown_topic_naming_the_field() {
        String id = LearningFixtures.programmeWithModule().split("/")[0];
        given().auth().oauth2(ORGANIZER).contentType("application/json")
                .body(Map.of("week", 1, "topic", "astrology", "title", "Stars"))
                .post("/programmes/" + id + "/modules").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("invalid-params[0].name", equalTo("topic"));
    }

    @Test
    void refuses_a_second_module_on_the_same_topic() {
        String id = LearningFixtures.programmeWithModule().split("/")[0];
        given().auth().oauth2(ORGANIZER).contentType("application/json")
                .body(Map.of("week", 2, "topic", "finance-and-revenue-models", "title", "Again"))
                .post("/programmes/" + id + "/modules").then().statusCode(409);
    }

    @Test
    void rejects_oversized_markdown_with_a_problem_naming_it() {
        String[] ids = LearningFixtures.programmeWithModule().split("/");
        given().auth().oauth2(ORGANIZER).contentType("application/json")
                .body(material("Huge", Instant.now(), "x".repeat(20_001)))
                .post("/programmes/" + ids[0] + "/modules/" + ids[1] + "/materials").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("invalid-params[0].name", equalTo("markdown"));
    }

    @Test
    void only_organizers_create_programmes() {
        given().auth().oauth2(TestTokens.anyone("participant")).contentType("application/json")
                .body(Map.of("editionId", UUID.randomUUID().toString(), "title", "Mine", "startsOn", "2015-03-02",
                        "endsOn", "2015-03-15"))
                .post("/programmes").then().statusCode(403).contentType(startsWith("application/problem+json"));
    }

    @Test
    void answers_404_for_an_unknown_programme_and_400_for_a_malformed_id() {
        given().auth().oauth2(ORGANIZER).get("/programmes/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(ORGANIZER).get("/programmes/not-a-uuid").then().statusCode(400)
                .body("invalid-params[0].name", equalTo("id"));
    }
}
