package org.hlc.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Walks every operation of a running service's OpenAPI document and calls it without a token: everything must
 * answer 401 problem+json, except the operations the service declares public.
 */
public final class OpenApiSecurityAudit {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private OpenApiSecurityAudit() {
    }

    /**
     * @param publicOperations {@code "GET /path/{id}"} entries that anyone may call
     * @return the operations that were checked, for the caller to assert it is not empty
     */
    public static List<String> assertAnonymousCallsAreRejected(Set<String> publicOperations) throws Exception {
        String document = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        JsonNode paths = new ObjectMapper().readTree(document).path("paths");
        List<String> checked = new ArrayList<>();
        Set<String> unexpectedlyOpen = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                String operation = op.getKey().toUpperCase() + " " + path.getKey();
                if (publicOperations.contains(operation)) {
                    continue;
                }
                String concrete = path.getKey().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
                var response = given().contentType("application/json").body("{}")
                        .request(op.getKey().toUpperCase(), concrete);
                if (response.statusCode() != 401) {
                    unexpectedlyOpen.add(operation + " → " + response.statusCode());
                } else {
                    assertThat(response.contentType()).as(operation).startsWith("application/problem+json");
                }
                checked.add(operation);
            }
        }
        assertThat(unexpectedlyOpen).as("operations reachable without a token that are not declared public")
                .isEmpty();
        return checked;
    }
}
