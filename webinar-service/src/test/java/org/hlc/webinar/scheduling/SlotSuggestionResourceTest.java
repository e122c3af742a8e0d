package org.hlc.webinar.scheduling;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.platform.testing.KafkaEvents;
import org.hlc.platform.testing.TestTokens;
import org.hlc.webinar.support.AudienceFixture;
import org.hlc.webinar.support.AudienceFixture.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SlotSuggestionResourceTest {
    private final String organizer = TestTokens.anyone("organizer");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private Person host;
    private Person bogota;
    private Person jakarta;
    private Person kolkata;

    @BeforeEach
    void people() {
        host = AudienceFixture.person(kafka, "Host Amsterdam", "Europe/Amsterdam", "expert");
        bogota = AudienceFixture.person(kafka, "Bogota", "America/Bogota", "participant");
        jakarta = AudienceFixture.person(kafka, "Jakarta", "Asia/Jakarta", "participant");
        kolkata = AudienceFixture.person(kafka, "Kolkata", "Asia/Kolkata", "participant",
                "{\"MONDAY\": [{\"from\": \"12:00\", \"to\": \"14:00\"}]}");
    }

    @Test
    void ranks_candidates_by_people_inside_their_projected_availability_in_their_own_zone() {
        // Monday 7 Dec 2026: host 07-19Z, Bogota 13-01Z, Jakarta 01-13Z, Kolkata only 12:00-14:00 local = 06:30-08:30Z.
        suggest(body(host.id(), "[\"%s\", \"%s\", \"%s\"]".formatted(bogota.id(), jakarta.id(), kolkata.id()),
                60, "2026-12-07", "2026-12-07", "\"limit\": 3"))
                .statusCode(200)
                .body("mode", equalTo("SINGLE"))
                .body("people", equalTo(4))
                .body("candidates.start", contains("2026-12-07T07:00:00Z", "2026-12-07T07:30:00Z",
                        "2026-12-07T08:00:00Z"))
                .body("candidates.inside", contains(3, 3, 2))
                .body("candidates[0].outside", contains(bogota.id().toString()))
                .body("candidates[0].everyone.find { it.personId == '%s' }.localStart".formatted(kolkata.id()),
                        equalTo("2026-12-07T12:30:00+05:30"))
                .body("candidates[0].everyone.find { it.personId == '%s' }.localStart".formatted(bogota.id()),
                        equalTo("2026-12-07T02:00:00-05:00"));
    }

    @Test
    void a_series_rotates_who_is_outside_and_reports_the_fairness_figure_per_person() {
        suggest(body(host.id(), "[\"%s\", \"%s\"]".formatted(bogota.id(), jakarta.id()), 60, "2026-12-07",
                "2026-12-10", "\"mode\": \"SERIES\""))
                .statusCode(200)
                .body("series.sessions", hasSize(4))
                .body("series.maxOutside", equalTo(2))
                .body("series.fairness.sessionsOutside", contains(0, 2, 2));
    }

    @Test
    void suggests_for_a_coaching_group_built_from_membership_events() {
        UUID group = UUID.randomUUID();
        String cohort = "cohort-" + UUID.randomUUID();
        membership(cohort, bogota.id(), 1, "MemberAdded", "\"groupId\": \"" + group + "\", \"addedAt\": \"2026-11-01T08:00:00Z\"");
        membership(cohort, jakarta.id(), 1, "MemberAdded", "\"groupId\": \"" + group + "\", \"addedAt\": \"2026-11-01T08:00:00Z\"");
        membership(cohort, jakarta.id(), 2, "MemberMoved", "\"fromGroupId\": \"" + group + "\", \"toGroupId\": \""
                + UUID.randomUUID() + "\", \"movedAt\": \"2026-11-02T08:00:00Z\"");
        String request = """
                {"hostId": "%s", "audienceGroupId": "%s", "durationMinutes": 60, "from": "2026-12-07",
                 "to": "2026-12-07", "limit": 1}""".formatted(host.id(), group);

        // host 07-19Z and Bogota 13-01Z overlap from 13:00Z once Jakarta has moved out of the group
        await().atMost(Duration.ofSeconds(30)).until(() -> Integer.valueOf(2).equals(
                given().auth().oauth2(organizer).contentType("application/json").body(request)
                        .post("/webinars/slot-suggestions").path("people")));
        suggest(request).statusCode(200).body("candidates[0].start", equalTo("2026-12-07T13:00:00Z"))
                .body("candidates[0].inside", equalTo(2));
    }

    @Test
    void refuses_unknown_host_and_unknown_audience_members_naming_the_rule() {
        UUID stranger = UUID.randomUUID();
        suggest(body(stranger, "[\"%s\"]".formatted(bogota.id()), 60, "2026-12-07", "2026-12-07", null))
                .statusCode(422).contentType("application/problem+json").body("rule", equalTo("host-unknown"));
        suggest(body(host.id(), "[\"%s\", \"%s\"]".formatted(bogota.id(), stranger), 60, "2026-12-07", "2026-12-07",
                null))
                .statusCode(422).body("rule", equalTo("audience-unknown"))
                .body("unknownPersonIds", contains(stranger.toString()));
    }

    @Test
    void rejects_bad_input_naming_the_field() {
        String ids = "[\"%s\"]".formatted(bogota.id());
        suggest(body(host.id(), ids, 0, "2026-12-07", "2026-12-07", null)).statusCode(400)
                .body("'invalid-params'.name", hasItem("durationMinutes"));
        suggest(body(host.id(), ids, 241, "2026-12-07", "2026-12-07", null)).statusCode(400)
                .body("'invalid-params'.name", hasItem("durationMinutes"));
        suggest(body(host.id(), ids, 60, "2026-12-07", "2026-12-06", null)).statusCode(400)
                .body("'invalid-params'.name", hasItem("to"));
        suggest(body(host.id(), ids, 60, "2026-12-01", "2027-01-15", null)).statusCode(400)
                .body("'invalid-params'.name", hasItem("to"));
        suggest(body(host.id(), ids, 60, "2026-12-07", "2026-12-07", "\"audienceRole\": \"participant\""))
                .statusCode(400).body("'invalid-params'.name", hasItem("audiencePersonIds"));
        suggest(body(host.id(), ids, 60, "2026-12-07", "2026-12-07", "\"rangeTimeZone\": \"Mars/Base\""))
                .statusCode(400).body("'invalid-params'.name", hasItem("rangeTimeZone"));
        suggest(body(host.id(), ids, 60, "2026-12-07", "2026-12-07", "\"granularityMinutes\": 1"))
                .statusCode(400).body("'invalid-params'.name", hasItem("granularityMinutes"));
        suggest(body(host.id(), ids, 60, "2026-13-07", "2026-12-07", null)).statusCode(400)
                .body("'invalid-params'.name", hasItem("from"));
    }

    @Test
    void participants_may_not_ask_for_suggestions() {
        given().auth().oauth2(TestTokens.anyone("participant")).contentType("application/json")
                .body(body(host.id(), "[]", 60, "2026-12-07", "2026-12-07", null))
                .post("/webinars/slot-suggestions").then().statusCode(403).contentType("application/problem+json");
    }

    private void membership(String cohort, UUID personId, long version, String type, String fields) {
        KafkaEvents.publish(kafka, "hlc.participants.events", "membership-" + cohort + "-" + personId, version,
                "hlc.participants." + type, """
                        {"cohort": "%s", "personId": "%s", %s}""".formatted(cohort, personId, fields));
    }

    private ValidatableResponse suggest(String body) {
        return given().auth().oauth2(organizer).contentType("application/json").body(body)
                .post("/webinars/slot-suggestions").then();
    }

    private static String body(UUID hostId, String audienceIds, int duration, String from, String to, String extra) {
        return """
                {"hostId": "%s", "audiencePersonIds": %s, "durationMinutes": %d, "from": "%s", "to": "%s",
                 "granularityMinutes": 30%s}""".formatted(hostId, audienceIds, duration, from, to,
                extra == null ? "" : ", " + extra);
    }
}
