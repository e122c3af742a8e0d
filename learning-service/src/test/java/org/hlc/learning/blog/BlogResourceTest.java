package org.hlc.learning.blog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.learning.LearningFixtures;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@QuarkusTest
class BlogResourceTest {
    private static final String NS = "http://www.w3.org/2005/Atom";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private String person(String role) {
        String subject = UUID.randomUUID().toString();
        LearningFixtures.onRoster(kafka, subject, role, "Asia/Kolkata");
        return TestTokens.token(subject, role);
    }

    private static Map<String, Object> post(String title, String markdown, String visibility) {
        return Map.of("title", title, "markdown", markdown, "tags", List.of("prototyping"), "visibility", visibility);
    }

    private static String write(String token, String programmeId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/programmes/" + programmeId + "/posts").then().statusCode(201).extract().path("id");
    }

    @Test
    void the_public_feed_lists_public_posts_only_with_scripts_escaped() throws Exception {
        String programmeId = LearningFixtures.programmeWithModule().split("/")[0];
        String author = person("participant");
        String publicPost = write(author, programmeId,
                post("Ten households", "We *priced* per litre <script>alert('x')</script>", "public"));
        String community = write(author, programmeId, post("Just us", "internal", "community"));
        String draft = write(author, programmeId, post("Not yet", "draft", "draft"));

        String feed = await().atMost(Duration.ofSeconds(30)).until(
                () -> given().get("/programmes/" + programmeId + "/feed.atom").then().statusCode(200)
                        .contentType(startsWith("application/atom+xml")).extract().asString(),
                xml -> xml.contains(publicPost));

        assertThat(feed).doesNotContain("<script").doesNotContain(community).doesNotContain(draft);
        Document document = AtomFeedTest.parse(feed);
        Rfc4287.assertValid(document);
        NodeList entries = document.getElementsByTagNameNS(NS, "entry");
        assertThat(entries.getLength()).isEqualTo(1);
        String html = ((Element) entries.item(0)).getElementsByTagNameNS(NS, "content").item(0).getTextContent();
        assertThat(html).contains("<em>priced</em>").contains("&lt;script&gt;").doesNotContain("<script");
    }

    @Test
    void drafts_are_hidden_from_others_until_published_with_if_match() {
        String programmeId = LearningFixtures.programmeWithModule().split("/")[0];
        String author = person("participant");
        String peer = person("participant");
        String id = write(author, programmeId, post("Draft", "thinking", "draft"));

        given().auth().oauth2(peer).get("/posts/" + id).then().statusCode(404);
        given().auth().oauth2(author).get("/posts/" + id).then().statusCode(200).body("visibility", equalTo("draft"));
        given().auth().oauth2(peer).contentType("application/json").header("If-Match", "\"1\"")
                .body(post("Mine now", "x", "public")).put("/posts/" + id).then().statusCode(404);
        given().auth().oauth2(author).contentType("application/json").header("If-Match", "\"1\"")
                .body(post("Draft", "thinking", "community")).put("/posts/" + id).then().statusCode(200);
        given().auth().oauth2(peer).get("/posts/" + id).then().statusCode(200).body("html",
                equalTo("<p>thinking</p>\n"));
    }

    @Test
    void peers_add_reflections_and_reactions() {
        String programmeId = LearningFixtures.programmeWithModule().split("/")[0];
        String author = person("participant");
        String peer = person("coach");
        String id = write(author, programmeId, post("Pricing", "per litre", "community"));

        given().auth().oauth2(peer).contentType("application/json")
                .body(Map.of("markdown", "Same in Bogotá <b>really</b>")).post("/posts/" + id + "/reflections")
                .then().statusCode(201);
        given().auth().oauth2(peer).contentType("application/json").body(Map.of("reaction", "insightful"))
                .post("/posts/" + id + "/reactions").then().statusCode(200);
        given().auth().oauth2(peer).contentType("application/json").body(Map.of("reaction", "insightful"))
                .post("/posts/" + id + "/reactions").then().statusCode(200);

        given().auth().oauth2(author).get("/posts/" + id).then().statusCode(200)
                .body("reflections[0].html", equalTo("<p>Same in Bogotá &lt;b&gt;really&lt;/b&gt;</p>\n"))
                .body("reactions.insightful", equalTo(1));
    }

    @Test
    void rejects_empty_and_oversized_posts_and_people_off_the_roster() {
        String programmeId = LearningFixtures.programmeWithModule().split("/")[0];
        String author = person("participant");
        given().auth().oauth2(author).contentType("application/json").body(post("Empty", "", "public"))
                .post("/programmes/" + programmeId + "/posts").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("invalid-params[0].name", equalTo("markdown"));
        given().auth().oauth2(author).contentType("application/json")
                .body(post("Huge", "x".repeat(20_001), "public"))
                .post("/programmes/" + programmeId + "/posts").then().statusCode(400)
                .body("invalid-params[0].name", equalTo("markdown"));
        given().auth().oauth2(author).contentType("application/json").body(post("Hidden", "x", "secret"))
                .post("/programmes/" + programmeId + "/posts").then().statusCode(400)
                .body("invalid-params[0].name", equalTo("visibility"));
        given().auth().oauth2(TestTokens.anyone("participant")).contentType("application/json")
                .body(post("Who", "x", "public")).post("/programmes/" + programmeId + "/posts").then()
                .statusCode(403);
        String outsider = UUID.randomUUID().toString();
        LearningFixtures.outsider(kafka, outsider);
        given().auth().oauth2(TestTokens.token(outsider, "participant")).contentType("application/json")
                .body(post("Not mine", "x", "public")).post("/programmes/" + programmeId + "/posts").then()
                .statusCode(403).contentType(startsWith("application/problem+json"));
    }

    @Test
    void anyone_reads_the_feed_of_a_programme_and_an_unknown_programme_is_404() {
        String programmeId = LearningFixtures.programmeWithModule().split("/")[0];
        given().get("/programmes/" + programmeId + "/feed.atom").then().statusCode(200)
                .contentType(startsWith("application/atom+xml"));
        given().get("/programmes/" + UUID.randomUUID() + "/feed.atom").then().statusCode(404);
    }
}
