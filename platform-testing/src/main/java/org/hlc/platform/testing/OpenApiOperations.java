package org.hlc.platform.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operations of the running test service's OpenAPI document, for the audits that walk them. */
final class OpenApiOperations {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** One operation: {@code method} in upper case, the path template and the OpenAPI nodes of both. */
    record Operation(String method, String template, JsonNode pathItem, JsonNode node) {
        /** {@code "GET /path/{id}"}, as callers name operations. */
        String name() {
            return method + " " + template;
        }
    }

    private OpenApiOperations() {
    }

    static JsonNode document() throws Exception {
        return new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString());
    }

    static List<Operation> of(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), path.getValue(),
                            op.getValue()));
                }
            }
        }
        return operations;
    }
}
