package org.hlc.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Walks every operation of a running service's OpenAPI document and calls it without a token: everything must
 * answer 401 problem+json, except the operations the service declares public.
 */
public final class OpenApiSecurityAudit {
    private OpenApiSecurityAudit() {
    }

    /**
     * @param publicOperations {@code "GET /path/{id}"} entries that anyone may call
     * @return the operations that were checked, for the caller to assert it is not empty
     */
    public static List<String> assertAnonymousCallsAreRejected(Set<String> publicOperations) throws Exception {
        List<String> checked = new ArrayList<>();
        Set<String> unexpectedlyOpen = new TreeSet<>();
        for (OpenApiOperations.Operation op : OpenApiOperations.of(OpenApiOperations.document())) {
            String operation = op.name();
            if (publicOperations.contains(operation)) {
                continue;
            }
            String concrete = op.template().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
            var response = given().contentType("application/json").body("{}").request(op.method(), concrete);
            if (response.statusCode() != 401) {
                unexpectedlyOpen.add(operation + " → " + response.statusCode());
            } else {
                assertThat(response.contentType()).as(operation).startsWith("application/problem+json");
            }
            checked.add(operation);
        }
        assertThat(unexpectedlyOpen).as("operations reachable without a token that are not declared public")
                .isEmpty();
        return checked;
    }
}
