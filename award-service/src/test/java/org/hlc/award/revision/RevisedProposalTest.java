package org.hlc.award.revision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hlc.award.AwardFixtures.ORGANIZER;
import static org.hlc.award.AwardFixtures.accept;
import static org.hlc.award.AwardFixtures.as;
import static org.hlc.award.AwardFixtures.createEdition;
import static org.hlc.award.AwardFixtures.edition;
import static org.hlc.award.AwardFixtures.phase;
import static org.hlc.award.AwardFixtures.submittedEntry;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RevisedProposalTest {
    private static final String ORIGINAL = "Clean water for every village, sold by the litre.";

    @Inject
    Pool pool;

    private final String applicant = TestTokens.token(UUID.randomUUID().toString(), "participant");
    private final String otherApplicant = TestTokens.token(UUID.randomUUID().toString(), "participant");

    /** Two semi-finalists (applicant's KE entry, the other applicant's IN entry) and a third accepted entry. */
    record Season(String edition, String entry, String otherEntry, String notSelected) {
    }

    private Season season() {
        Instant now = Instant.now();
        Instant from = now.minus(Duration.ofHours(1));
        Instant to = now.plus(Duration.ofHours(1));
        String phases = "[" + phase("CALL_FOR_ENTRIES", from, to) + ", " + phase("PUBLIC_VOTING", from, to) + ", "
                + phase("SEMI_FINAL_SELECTION", from, to) + ", " + phase("REVISED_PROPOSAL_DEADLINE", from, to) + "]";
        String edition = createEdition(edition(phases, 5, 2, 1));
        String entry = submittedEntry(edition, applicant, "Maji Safi", "KE");
        String other = submittedEntry(edition, otherApplicant, "Shule Bora", "IN");
        String third = submittedEntry(edition, applicant, "Third", "CO");
        for (String id : List.of(entry, other, third)) {
            accept(id);
        }
        as(ORGANIZER).body("{\"semiFinalists\": [{\"entryId\": \"" + entry + "\", \"overrideReason\": \"a\"}, "
                + "{\"entryId\": \"" + other + "\", \"overrideReason\": \"b\"}]}")
                .post("/editions/" + edition + "/semi-finalists").then().statusCode(200);
        return new Season(edition, entry, other, third);
    }

    private static Response submit(String token, String entry, String text) {
        return as(token).body(Map.of("text", text)).post("/entries/" + entry + "/proposal");
    }

    @Test
    void a_semi_finalist_keeps_every_version_and_reads_a_diff_against_the_original() {
        Season s = season();

        submit(applicant, s.entry(), ORIGINAL + "\nWe now run 14 kiosks.").then().statusCode(201)
                .body("version", equalTo(2)).header("Location", endsWith("/entries/" + s.entry() + "/proposal?version=2"));
        submit(applicant, s.entry(), "Clean water for every school, sold by the litre.\nWe now run 14 kiosks.")
                .then().statusCode(201).body("version", equalTo(3));
        submit(applicant, s.entry(), "Clean water for every school, sold by the litre.\nWe now run 14 kiosks.")
                .then().statusCode(200).body("version", equalTo(3));

        String path = "/entries/" + s.entry() + "/proposal";
        as(applicant).get(path).then().statusCode(200).body("latestVersion", equalTo(3))
                .body("versions.version", equalTo(List.of(1, 2, 3)))
                .body("versions.kind", equalTo(List.of("ORIGINAL", "REVISED", "REVISED")))
                .body("original.text", equalTo(ORIGINAL)).body("shown.version", equalTo(3))
                .body("diff.fromVersion", equalTo(1)).body("diff.toVersion", equalTo(3))
                .body("diff.lines.op", equalTo(List.of("DELETE", "INSERT", "INSERT")))
                .body("diff.changes[0].words.text", equalTo(List.of("Clean water for every ", "village,",
                        "school,", " sold by the litre.", "\nWe now run 14 kiosks.")))
                .body("diff.changes[0].words.op", equalTo(List.of("EQUAL", "DELETE", "INSERT", "EQUAL", "INSERT")))
                .header("ETag", "\"2\"");
        as(applicant).get(path + "?version=2").then().statusCode(200).body("shown.version", equalTo(2))
                .body("diff.lines.op", equalTo(List.of("EQUAL", "INSERT")))
                .body("diff.lines[1].newLine", equalTo(2)).body("diff.lines[1].oldLine", nullValue());
        as(ORGANIZER).get(path).then().statusCode(200);
        as(TestTokens.anyone("jury")).get(path).then().statusCode(200);
        as(otherApplicant).get(path).then().statusCode(403).contentType("application/problem+json");
        as(applicant).get(path + "?version=4").then().statusCode(400)
                .body("'invalid-params'.name", hasItem("version"));
        as(applicant).get(path + "?version=two").then().statusCode(400)
                .body("'invalid-params'.name", hasItem("version"));

        List<Integer> versions = pool.preparedQuery("""
                select (payload ->> 'version')::int from hlc_events where stream_id = $1
                 and event_type = 'hlc.award.RevisedProposalSubmitted' order by version""")
                .execute(Tuple.of("proposal-" + s.entry())).await().indefinitely().stream()
                .map(row -> row.getInteger(0)).toList();
        assertThat(versions).containsExactly(2, 3);
    }

    @Test
    void only_the_applicant_of_a_semi_finalist_entry_submits_a_revision() {
        Season s = season();

        submit(otherApplicant, s.entry(), "mine now").then().statusCode(403).contentType("application/problem+json");
        submit(ORGANIZER, s.entry(), "organizer text").then().statusCode(403);
        submit(applicant, s.notSelected(), "v2").then().statusCode(422).body("rule", equalTo("not-a-semi-finalist"));
        submit(applicant, UUID.randomUUID().toString(), "v2").then().statusCode(404);
        submit(applicant, "nope", "v2").then().statusCode(400).body("'invalid-params'.name", hasItem("id"));
        submit(applicant, s.entry(), " ").then().statusCode(400).body("'invalid-params'.name", hasItem("text"));
        given().get("/entries/" + s.entry() + "/proposal").then().statusCode(401);
    }

    @Test
    void a_late_revision_is_422_naming_the_deadline_until_the_organizer_extends_it_for_that_entry() {
        Season s = season();
        Instant now = Instant.now();
        Instant closed = now.minus(Duration.ofMinutes(30));
        Instant from = now.minus(Duration.ofHours(2));
        String etag = given().get("/editions/" + s.edition()).header("ETag");
        as(ORGANIZER).header("If-Match", etag).body("{\"reason\": \"deadline passed\", \"phases\": ["
                + phase("SEMI_FINAL_SELECTION", from, closed) + ", "
                + phase("REVISED_PROPOSAL_DEADLINE", from, closed) + "]}")
                .put("/editions/" + s.edition() + "/timeline").then().statusCode(200);

        submit(applicant, s.entry(), "late v2").then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("revised-proposal-late")).body("deadline", equalTo(closed.toString()))
                .body("phase", equalTo("REVISED_PROPOSAL_DEADLINE"));

        String extension = "/entries/" + s.entry() + "/proposal/extension";
        Instant extended = now.plus(Duration.ofHours(1));
        as(applicant).body(Map.of("deadline", extended.toString(), "reason", "power cut")).post(extension).then()
                .statusCode(403);
        as(ORGANIZER).body(Map.of("deadline", closed.minusSeconds(60).toString(), "reason", "x")).post(extension)
                .then().statusCode(400).body("'invalid-params'.name", hasItem("deadline"));
        as(ORGANIZER).body(Map.of("deadline", extended.toString())).post(extension).then().statusCode(400)
                .body("'invalid-params'.name", hasItem("reason"));
        as(ORGANIZER).body(Map.of("deadline", extended.toString(), "reason", "x")).post("/entries/" + s.notSelected()
                + "/proposal/extension").then().statusCode(422).body("rule", equalTo("not-a-semi-finalist"));
        as(ORGANIZER).body(Map.of("deadline", extended.toString(), "reason", "Power cuts in Kisumu")).post(extension)
                .then().statusCode(200).body("deadline", equalTo(extended.toString()));

        submit(applicant, s.entry(), "late v2").then().statusCode(201).body("version", equalTo(2));
        as(applicant).get("/entries/" + s.entry() + "/proposal").then().body("deadline", equalTo(extended.toString()))
                .body("phaseClosesAt", equalTo(closed.toString()))
                .body("extension.reason", equalTo("Power cuts in Kisumu"));
        submit(otherApplicant, s.otherEntry(), "late too").then().statusCode(422)
                .body("rule", equalTo("revised-proposal-late"));
    }
}
