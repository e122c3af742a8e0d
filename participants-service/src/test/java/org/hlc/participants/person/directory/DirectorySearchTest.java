package org.hlc.participants.person.directory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DirectorySearchTest {
    private final String organizer = TestTokens.anyone("organizer");

    @Test
    void finds_people_by_tag_text_country_region_zone_and_role_page_by_page() {
        String tag = "tag-" + UUID.randomUUID().toString().substring(0, 8);
        String nairobi = person("Africa/Nairobi", "KE", "EAST_AFRICA", tag, "COMMUNITY");
        String bogota = person("America/Bogota", "CO", "LATIN_AMERICA", tag, "COMMUNITY");
        String lagos = person("Africa/Lagos", "NG", "WEST_AFRICA", tag, "COMMUNITY");
        String member = TestTokens.anyone("participant");
        await().atMost(Duration.ofSeconds(30)).until(() -> ids(member, "tag=" + tag).size() == 3);

        assertThat(ids(member, "tag=" + tag + "&country=KE")).containsExactly(nairobi);
        assertThat(ids(member, "tag=" + tag + "&region=LATIN_AMERICA")).containsExactly(bogota);
        assertThat(ids(member, "tag=" + tag + "&zone=Africa/Lagos")).containsExactly(lagos);
        assertThat(ids(member, "tag=" + tag + "&role=participant")).hasSize(3);
        assertThat(ids(member, "tag=" + tag + "&role=jury")).isEmpty();
        assertThat(ids(member, "text=" + tag.toUpperCase())).hasSize(3);

        Response first = given().auth().oauth2(member).get("/participants?tag=" + tag + "&limit=2");
        List<String> firstIds = first.path("items.id");
        List<String> secondIds = given().auth().oauth2(member).get(first.<String>path("next")).path("items.id");
        assertThat(firstIds).hasSize(2);
        assertThat(secondIds).hasSize(1).doesNotContainAnyElementsOf(firstIds);
    }

    @Test
    void a_search_never_matches_a_field_the_caller_may_not_see() {
        String tag = "hidden-" + UUID.randomUUID().toString().substring(0, 8);
        String subject = UUID.randomUUID().toString();
        String id = person(subject, "Asia/Beirut", "LB", "MIDDLE_EAST_AND_ASIA", tag, "PRIVATE");
        await().atMost(Duration.ofSeconds(30)).until(() -> ids(organizer, "tag=" + tag).size() == 1);

        assertThat(ids(TestTokens.anyone("participant"), "tag=" + tag)).isEmpty();
        assertThat(ids(TestTokens.anyone("participant"), "text=" + tag)).isEmpty();
        assertThat(ids(TestTokens.token(subject, "participant"), "tag=" + tag)).containsExactly(id);
        given().auth().oauth2(TestTokens.anyone("voter")).get("/participants?country=LB&limit=100").then()
                .statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
    }

    @Test
    void rejects_bad_filters_naming_each() {
        given().auth().oauth2(organizer).get("/participants?country=XX&region=ATLANTIS&zone=Mars/Base&role=king")
                .then().statusCode(400).contentType("application/problem+json")
                .body("'invalid-params'.name", org.hamcrest.Matchers.containsInAnyOrder("country", "region", "zone",
                        "role"));
    }

    private List<String> ids(String token, String query) {
        return given().auth().oauth2(token).get("/participants?limit=100&" + query).then().statusCode(200)
                .extract().path("items.id");
    }

    private String person(String zone, String country, String region, String tag, String tagVisibility) {
        return person(UUID.randomUUID().toString(), zone, country, region, tag, tagVisibility);
    }

    private String person(String subject, String zone, String country, String region, String tag,
            String tagVisibility) {
        String id = given().auth().oauth2(organizer).contentType(ContentType.JSON).body("""
                {"subject": "%s", "displayName": "Person %s", "email": "p.%s@example.org", "country": "%s",
                 "timeZone": "%s", "roles": ["participant"]}""".formatted(subject, tag, UUID.randomUUID(), country,
                zone)).post("/participants").then().statusCode(201).extract().path("id");
        given().auth().oauth2(organizer).contentType(ContentType.JSON).header("If-Match", "\"1\"").body("""
                {"displayName": "Person", "country": "%s", "timeZone": "%s", "region": "%s",
                 "initiativeSummary": "about %s", "wantsToLearn": ["%s"],
                 "visibility": {"wantsToLearn": "%s", "initiativeSummary": "%s", "country": "%s"}}"""
                .formatted(country, zone, region, tag, tag, tagVisibility, tagVisibility, tagVisibility))
                .put("/participants/" + id + "/profile").then().statusCode(200);
        return id;
    }
}
