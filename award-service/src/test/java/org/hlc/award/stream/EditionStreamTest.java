package org.hlc.award.stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hlc.award.AwardFixtures.ORGANIZER;
import static org.hlc.award.AwardFixtures.as;
import static org.hlc.award.AwardFixtures.acceptedEntry;
import static org.hlc.award.AwardFixtures.openEdition;
import static org.hlc.award.AwardFixtures.phase;
import static org.hlc.award.AwardFixtures.submittedEntry;
import static org.hlc.award.AwardFixtures.vote;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hlc.platform.testing.SseReader;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EditionStreamTest {
    @TestHTTPResource("/")
    URL base;

    /** An SSE event as read off the wire. */
    record Received(String id, String name, String data) {
        String shortName() {
            return name.substring(name.lastIndexOf('.') + 1);
        }
    }

    @Test
    void organizers_see_every_event_of_the_edition_and_resume_after_last_event_id() {
        String edition = openEdition(5);
        openEdition(5); // another edition's events stay out
        String voterSubject = UUID.randomUUID().toString();
        String entry = acceptedEntry(edition, "Maji Safi", "KE");
        vote(TestTokens.token(voterSubject, "voter"), edition, entry).then().statusCode(201);
        String stream = "editions/" + edition + "/stream";

        List<Received> all = read(stream, ORGANIZER, null, 5);

        assertThat(all).extracting(Received::shortName).containsExactlyInAnyOrder("EditionCreated", "EntrySubmitted",
                "EntryAccepted", "VoteCast", "VoterBallotUsed");
        assertThat(all.get(0).shortName()).isEqualTo("EditionCreated");
        assertThat(all).allSatisfy(e -> assertThat(e.data()).contains(edition));
        assertThat(all.stream().filter(e -> e.shortName().equals("VoteCast")).findFirst().orElseThrow().data())
                .contains(voterSubject);
        List<Received> resumed = read(stream, ORGANIZER, all.get(2).id(), 2);
        assertThat(resumed).extracting(Received::id).containsExactly(all.get(3).id(), all.get(4).id());
    }

    @Test
    void the_public_sees_no_vote_before_results_are_published_and_never_who_voted() {
        String edition = openEdition(5);
        String voterSubject = UUID.randomUUID().toString();
        String entry = acceptedEntry(edition, "Maji Safi", "KE");
        submittedEntry(edition, TestTokens.anyone("participant"), "Still under review", "IN");
        vote(TestTokens.token(voterSubject, "voter"), edition, entry).then().statusCode(201);
        Instant now = Instant.now();
        as(ORGANIZER).header("If-Match", "\"1\"").body("{\"reason\": \"voting over\", \"phases\": ["
                + phase("PUBLIC_VOTING", now.minusSeconds(3600), now.minusSeconds(1)) + "]}")
                .put("/editions/" + edition + "/timeline").then().statusCode(200);
        String stream = "editions/" + edition + "/stream";

        for (String reader : new String[] { null, TestTokens.anyone("voter") }) {
            List<Received> before = read(stream, reader, null, 3);
            assertThat(before).extracting(Received::shortName).containsExactly("EditionCreated", "EntryAccepted",
                    "TimelineChanged");
            assertThat(before.get(1).data()).doesNotContain("reviewedBy");
        }

        as(ORGANIZER).body("{}").post("/editions/" + edition + "/results-publication").then().statusCode(200);
        List<Received> after = read(stream, null, null, 5);
        assertThat(after).extracting(Received::shortName).containsExactly("EditionCreated", "EntryAccepted",
                "VoteCast", "TimelineChanged", "ResultsPublished");
        assertThat(after.get(2).data()).contains(entry, "castAt").doesNotContain(voterSubject, "clientNetwork",
                "clientKey", "\"subject\"");
    }

    @Test
    void a_malformed_last_event_id_or_id_is_400_and_an_unknown_edition_404() {
        String edition = openEdition(5);
        given().header("Last-Event-ID", "yesterday").accept("text/event-stream")
                .get("/editions/" + edition + "/stream").then().statusCode(400)
                .contentType("application/problem+json").body("'invalid-params'.name", hasItem("Last-Event-ID"));
        given().accept("text/event-stream").get("/editions/nope/stream").then().statusCode(400)
                .body("'invalid-params'.name", hasItem("id"));
        given().accept("text/event-stream").get("/editions/" + UUID.randomUUID() + "/stream").then()
                .statusCode(404).contentType("application/problem+json");
    }

    /** Reads until {@code count} events arrived (bounded by the request timeout), then closes the connection. */
    private List<Received> read(String path, String token, String lastEventId, int count) {
        return SseReader.read(base + path, token, lastEventId, count).stream()
                .map(e -> new Received(e.id(), e.name(), e.data())).toList();
    }
}
