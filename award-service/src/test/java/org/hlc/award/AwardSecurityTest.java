package org.hlc.award;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.hlc.platform.testing.OpenApiSecurityAudit;
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
}
