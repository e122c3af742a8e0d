package org.hlc.award;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;
import static org.hlc.award.AwardFixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hlc.platform.testing.OpenApiInputAudit;
import org.hlc.platform.testing.OpenApiSecurityAudit;
import org.hlc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AwardSecurityTest {
    /** Public: the edition (timeline), accepted entries, and the leaderboard (which hides itself until published). */
    static final Set<String> PUBLIC = Set.of("GET /editions/{id}", "GET /entries/{id}",
            "GET /editions/{editionId}/entries", "GET /editions/{editionId}/leaderboard",
            "GET /editions/{editionId}/leaderboard/totals",
            "GET /editions/{editionId}/finalists", "GET /editions/{editionId}/winners",
            "GET /editions/{id}/stream"); // role-filtered: anonymous readers see the public part only

    @Test
    void every_non_public_operation_refuses_anonymous_callers() throws Exception {
        assertThat(OpenApiSecurityAudit.assertAnonymousCallsAreRejected(PUBLIC)).contains("POST /editions",
                "PUT /editions/{id}/timeline", "POST /editions/{id}/results-publication",
                "POST /editions/{editionId}/entries", "PUT /entries/{id}", "POST /entries/{id}/withdrawal",
                "POST /entries/{id}/review", "POST /editions/{editionId}/votes",
                "POST /editions/{editionId}/votes/moderation", "GET /editions/{editionId}/semi-finalists/proposal",
                "POST /editions/{editionId}/semi-finalists", "PUT /editions/{editionId}/jury/scores/{entryId}",
                "POST /editions/{editionId}/finalists");
    }

    @Test
    void bad_input_to_any_operation_gets_a_named_4xx_problem() throws Exception {
        String edition = AwardFixtures.openEdition(3);
        String entry = AwardFixtures.acceptedEntry(edition, "Audited water", "KE");

        assertThat(OpenApiInputAudit.assertBadInputGetsNamedProblems(Map.of("editionId", edition,
                "/editions/{id}", edition, "entryId", entry, "/entries/{id}", entry)))
                .contains("POST /editions", "PUT /entries/{id}");
    }

    @Test
    void a_token_recognised_from_earlier_requests_is_refused_once_it_expires() {
        String token = TestTokens.token(UUID.randomUUID().toString(), Duration.ofSeconds(3), "organizer");
        as(token).get("/admin/projections").then().statusCode(200);
        double recognisedBefore = recognisedTokens();
        as(token).get("/admin/projections").then().statusCode(200);
        assertThat(recognisedTokens()).as("recognised, not verified again").isGreaterThan(recognisedBefore);

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> as(token).get("/admin/projections").statusCode() == 401);
    }

    @Test
    void a_token_with_another_signature_is_refused_although_the_original_was_recognised() {
        String token = TestTokens.token(UUID.randomUUID().toString(), "organizer");
        as(token).get("/admin/projections").then().statusCode(200);

        char last = token.charAt(token.length() - 2);
        String forged = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(
                token.length() - 1);
        as(forged).get("/admin/projections").then().statusCode(401);
        as(token).get("/admin/projections").then().statusCode(200);
    }

    private static double recognisedTokens() {
        return io.restassured.RestAssured.get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("hlc_security_tokens_recognised_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
