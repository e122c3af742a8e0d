package org.hlc.participants.erasure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** GDPR erasure in participants-service: crypto-shredded log, 410 afterwards, directory forgets, repeat-safe. */
@QuarkusTest
class ErasureTest {
    private final String organizer = TestTokens.anyone("organizer");

    @Inject
    Pool pool;

    @Test
    void a_person_erases_themself_and_the_log_no_longer_yields_their_personal_data() {
        String subject = UUID.randomUUID().toString();
        String self = TestTokens.token(subject, "participant");
        String email = "zawadi." + UUID.randomUUID() + "@example.org";
        String id = given().auth().oauth2(self).contentType("application/json").body("""
                {"displayName": "Zawadi Otieno", "email": "%s", "country": "KE", "timeZone": "Africa/Nairobi",
                 "roles": ["participant"]}""".formatted(email)).post("/participants").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(self).contentType("application/json").header("If-Match", "\"1\"").body("""
                {"displayName": "Zawadi O.", "organisation": "Lake Kiosks", "country": "KE",
                 "timeZone": "Africa/Nairobi", "bio": "Clean water"}""").put("/participants/" + id + "/profile")
                .then().statusCode(200);
        assertThat(storedPayloads(id)).noneMatch(p -> p.contains("Zawadi") || p.contains(email)
                || p.contains("Lake Kiosks"));
        await().atMost(Duration.ofSeconds(60)).until(() -> count(
                "select count(*) from people_directory where person_id = $1::uuid", id) == 1);

        given().auth().oauth2(TestTokens.anyone("participant")).post("/participants/" + id + "/erasure").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(self).post("/participants/" + id + "/erasure").then().statusCode(200)
                .body("erased", equalTo(true));
        given().auth().oauth2(organizer).post("/participants/" + id + "/erasure").then().statusCode(200);

        given().auth().oauth2(organizer).get("/participants/" + id).then().statusCode(410)
                .contentType("application/problem+json");
        given().auth().oauth2(self).contentType("application/json").header("If-Match", "\"3\"").body("""
                {"displayName": "Back", "country": "KE", "timeZone": "Africa/Nairobi"}""")
                .put("/participants/" + id + "/profile").then().statusCode(410);
        assertThat(storedPayloads(id)).hasSize(3).anyMatch(p -> p.contains("erasedAt"));
        assertThat(count("select count(*) from hlc_subject_keys where data_subject = $1 and secret is null", id))
                .isEqualTo(1);
        // the directory had the person (awaited above): the erasure event removed the row
        await().atMost(Duration.ofSeconds(60)).until(() -> count(
                "select count(*) from people_directory where person_id = $1::uuid", id) == 0);
    }

    @Test
    void erasing_an_unknown_person_is_404() {
        given().auth().oauth2(organizer).post("/participants/" + UUID.randomUUID() + "/erasure").then()
                .statusCode(404);
    }

    private List<String> storedPayloads(String personId) {
        List<String> payloads = new ArrayList<>();
        pool.preparedQuery("select payload::text from hlc_events where stream_id = $1 order by version")
                .execute(Tuple.of("person-" + personId)).await().indefinitely()
                .forEach(row -> payloads.add(row.getString(0)));
        return payloads;
    }

    private long count(String sql, String parameter) {
        return pool.preparedQuery(sql).execute(Tuple.of(parameter)).await().indefinitely().iterator().next()
                .getLong(0);
    }
}
