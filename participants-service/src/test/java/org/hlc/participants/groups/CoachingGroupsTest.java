package org.hlc.participants.groups;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoachingGroupsTest {
    private final String organizer = TestTokens.anyone("organizer");

    @Test
    void the_coach_sees_the_members_with_their_local_time_and_other_coaches_are_refused() {
        String cohort = cohort();
        String coachSubject = UUID.randomUUID().toString();
        String coach = person(coachSubject, "coach", "Africa/Nairobi", "KE");
        String group = createGroup(cohort, coach).then().statusCode(201).extract().path("groupId");
        String amina = person(UUID.randomUUID().toString(), "participant", "Asia/Kolkata", "IN");
        add(group, amina).then().statusCode(201);
        String coachToken = TestTokens.token(coachSubject, "coach");

        await().atMost(Duration.ofSeconds(30)).until(() -> members(coachToken, group).statusCode() == 200
                && members(coachToken, group).<List<?>>path("members").size() == 1);
        Response roster = members(coachToken, group);
        roster.then().body("members[0].personId", equalTo(amina)).body("members[0].timeZone", equalTo("Asia/Kolkata"));
        OffsetDateTime local = OffsetDateTime.parse(roster.path("members[0].localTimeNow"));
        assertThat(local.getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(Duration.between(local.toInstant(), OffsetDateTime.now().toInstant()).abs())
                .isLessThan(Duration.ofMinutes(1));

        String otherCoach = person(UUID.randomUUID().toString(), "coach", "Europe/Paris", "FR");
        members(TestTokens.token(otherCoach, "coach"), group).then().statusCode(403)
                .contentType("application/problem+json");
        members(TestTokens.anyone("participant"), group).then().statusCode(403);
        members(organizer, group).then().statusCode(200);
    }

    @Test
    void a_participant_is_in_one_group_per_cohort_and_moving_is_recorded() {
        String cohort = cohort();
        String coach = person(UUID.randomUUID().toString(), "coach", "Africa/Lagos", "NG");
        String first = createGroup(cohort, coach).then().extract().path("groupId");
        String second = createGroup(cohort, coach).then().extract().path("groupId");
        String other = createGroup(cohort() + "-b", coach).then().extract().path("groupId");
        String rami = person(UUID.randomUUID().toString(), "participant", "Asia/Beirut", "LB");

        add(first, rami).then().statusCode(201);
        add(second, rami).then().statusCode(409).body("currentGroupId", equalTo(first));
        add(other, rami).then().statusCode(201);
        move(second, rami).then().statusCode(200).body("groupId", equalTo(second));

        await().atMost(Duration.ofSeconds(30)).until(() -> members(organizer, second).<List<?>>path("members")
                .size() == 1);
        assertThat(members(organizer, first).<List<?>>path("members")).isEmpty();
        assertThat(members(organizer, other).<List<?>>path("members")).hasSize(1);
    }

    @Test
    void concurrent_adds_of_one_person_to_two_groups_let_exactly_one_win() throws Exception {
        String cohort = cohort();
        String coach = person(UUID.randomUUID().toString(), "coach", "Africa/Lagos", "NG");
        String first = createGroup(cohort, coach).then().extract().path("groupId");
        String second = createGroup(cohort, coach).then().extract().path("groupId");
        String p = person(UUID.randomUUID().toString(), "participant", "Africa/Lagos", "NG");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var a = pool.submit(() -> add(first, p).statusCode());
        var b = pool.submit(() -> add(second, p).statusCode());
        List<Integer> statuses = List.of(a.get(), b.get());
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
    }

    @Test
    void refuses_bad_group_input() {
        String participant = person(UUID.randomUUID().toString(), "participant", "Africa/Lagos", "NG");
        createGroup("Bad Cohort!", participant).then().statusCode(400)
                .body("'invalid-params'.name", org.hamcrest.Matchers.contains("cohort"));
        createGroup(cohort(), participant).then().statusCode(422).body("rule", equalTo("missing-role"));
        createGroup(cohort(), UUID.randomUUID().toString()).then().statusCode(422)
                .body("rule", equalTo("unknown-person"));
        given().auth().oauth2(TestTokens.anyone("coach")).contentType(ContentType.JSON)
                .body("{\"cohort\": \"x\", \"name\": \"n\", \"region\": \"EUROPE\", \"coachPersonId\": \""
                        + participant + "\"}").post("/groups").then().statusCode(403);
        add(UUID.randomUUID().toString(), participant).then().statusCode(404);
        members(organizer, "not-a-uuid").then().statusCode(400);
    }

    @Test
    void a_repeated_idempotency_key_creates_the_group_once() {
        String coach = person(UUID.randomUUID().toString(), "coach", "Europe/Madrid", "ES");
        String key = UUID.randomUUID().toString();
        String body = """
                {"cohort": "%s", "name": "Europe", "region": "EUROPE", "coachPersonId": "%s"}"""
                .formatted(cohort(), coach);

        Response first = given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).post("/groups");
        Response again = given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body).post("/groups");

        first.then().statusCode(201);
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.<String>path("groupId")).isEqualTo(first.path("groupId"));
    }

    private static String cohort() {
        return "c-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String person(String subject, String role, String zone, String country) {
        String body = """
                {"subject": "%s", "displayName": "Member %s", "email": "m.%s@example.org", "country": "%s",
                 "timeZone": "%s", "roles": ["%s"]}""".formatted(subject, role, UUID.randomUUID(), country, zone, role);
        return given().auth().oauth2(organizer).contentType(ContentType.JSON).body(body).post("/participants")
                .then().statusCode(201).extract().path("id");
    }

    private Response createGroup(String cohort, String coach) {
        return given().auth().oauth2(organizer).contentType(ContentType.JSON).body("""
                {"cohort": "%s", "name": "Group %s", "region": "EAST_AFRICA", "coachPersonId": "%s"}"""
                .formatted(cohort, UUID.randomUUID(), coach)).post("/groups");
    }

    private Response add(String group, String person) {
        return given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body("{\"personId\": \"" + person + "\"}").post("/groups/" + group + "/members");
    }

    private Response move(String group, String person) {
        return given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body("{\"personId\": \"" + person + "\"}").post("/groups/" + group + "/transfers");
    }

    private static Response members(String token, String group) {
        return given().auth().oauth2(token).get("/groups/" + group + "/members");
    }
}
