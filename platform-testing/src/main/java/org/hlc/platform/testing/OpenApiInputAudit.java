package org.hlc.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks every operation of a running service's OpenAPI document with a token holding every role and sends bad
 * input: malformed path parameters, malformed or mistyped JSON bodies, malformed query parameters and headers. No
 * answer may be a 5xx; every 4xx must be problem+json, and every 400 must name at least one field.
 */
public final class OpenApiInputAudit {
    private static final String ZERO_UUID = "00000000-0000-0000-0000-000000000000";
    private static final String MALFORMED_ID = "not-a-uuid";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** The last one is a well-formed base64url cursor ("bogus") that decodes to no key the API ever wrote. */
    private static final List<String> BAD_QUERY_VALUES = List.of("-1", "not-a-number", "99999999999", "%%{}<>",
            "Ym9ndXM");
    private static final List<String> BAD_HEADER_VALUES = List.of("-1", "not-a-version", "two words",
            "W/\"99999999999999999999\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final Map<String, String> pathValues;
    private final String token = TestTokens.anyone("participant", "expert", "coach", "organizer", "jury", "voter");
    // Headers arrive before the body, so a Server-Sent Events stream is judged without being read to its end.
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<String> violations = new ArrayList<>();

    private OpenApiInputAudit(JsonNode document, Map<String, String> pathValues) {
        this.document = document;
        this.pathValues = pathValues;
    }

    /**
     * Path values never name a real resource or projection, so the audit cannot pause a projection or change
     * anything that exists.
     *
     * @return the operations that were checked, for the caller to assert it is not empty
     */
    public static List<String> assertBadInputGetsNamedProblems() throws Exception {
        return assertBadInputGetsNamedProblems(Map.of());
    }

    /**
     * Like {@link #assertBadInputGetsNamedProblems()}, but a path parameter takes the value given for it, so that
     * bad input reaches the validation behind the look-up of an existing resource; every other one stays the all-zero
     * UUID. The value given for a path up to the parameter ({@code "/entries/{id}"}) wins over the one given for its
     * name ({@code "id"}). Bad input may change the resources named, so name only ones the caller made for this, and
     * never a projection.
     */
    public static List<String> assertBadInputGetsNamedProblems(Map<String, String> pathValues) throws Exception {
        OpenApiInputAudit audit = new OpenApiInputAudit(OpenApiOperations.document(), pathValues);
        List<String> checked = new ArrayList<>();
        for (OpenApiOperations.Operation op : OpenApiOperations.of(audit.document)) {
            audit.audit(op.method(), op.template(), op.pathItem(), op.node());
            checked.add(op.name());
        }
        assertThat(audit.violations).as("bad input that did not get a 4xx problem+json naming the field").isEmpty();
        return checked;
    }

    private void audit(String method, String template, JsonNode pathItem, JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(p -> parameters.add(resolve(p)));
        operation.path("parameters").forEach(p -> parameters.add(resolve(p)));
        JsonNode content = jsonContent(operation);
        JsonNode schema = content == null ? null : resolve(content.path("schema"));
        // with the operation's documented example as the body, a bad parameter is not hidden behind body validation
        String body = content == null ? null : example(content);
        String valid = fill(template, null);

        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            switch (parameter.path("in").asText()) {
                case "path" -> {
                    send(method, template, "path " + name + "=" + MALFORMED_ID, fill(template, name), Map.of(),
                            body);
                }
                case "query" -> {
                    for (String value : BAD_QUERY_VALUES) {
                        send(method, template, "query " + name + "=" + value,
                                valid + "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8),
                                Map.of(), body);
                    }
                }
                case "header" -> {
                    for (String value : BAD_HEADER_VALUES) {
                        send(method, template, "header " + name + ": " + value, valid, Map.of(name, value), body);
                    }
                }
                default -> {
                }
            }
        }
        if (schema == null) {
            return;
        }
        send(method, template, "body {}", valid, Map.of(), "{}");
        send(method, template, "body {\"", valid, Map.of(), "{\"");
        send(method, template, "body []", valid, Map.of(), "[]");
        for (Map.Entry<String, JsonNode> property : properties(schema).entrySet()) {
            for (JsonNode wrong : wrongValues(property.getValue())) {
                ObjectNode object = JSON.createObjectNode().set(property.getKey(), wrong);
                send(method, template, "body " + object, valid, Map.of(), object.toString());
            }
        }
    }

    /** The path with every parameter given its value, and the one named {@code malformed} a malformed id. */
    private String fill(String template, String malformed) {
        Matcher parameter = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            String value = name.equals(malformed) ? MALFORMED_ID : pathValues.getOrDefault(
                    template.substring(0, parameter.end()), pathValues.getOrDefault(name, ZERO_UUID));
            parameter.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return parameter.appendTail(path).toString();
    }

    private void send(String method, String template, String input, String path, Map<String, String> headers,
            String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create(RestAssured.baseURI + ":" + RestAssured.port + RestAssured.basePath.replaceAll("/$", "")
                        + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        String operation = method + " " + template + " [" + input + "]";
        try {
            HttpResponse<InputStream> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            try (InputStream in = response.body()) {
                if (contentType.startsWith("text/event-stream")) {
                    judge(operation, input, response.statusCode(), contentType, "");
                } else {
                    judge(operation, input, response.statusCode(), contentType,
                            new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (Exception e) {
            violations.add(operation + " → no answer: " + e);
        }
    }

    private void judge(String operation, String input, int status, String contentType, String body) {
        String verdict = null;
        if (status >= 500) {
            verdict = "server error";
        } else if (status >= 400 && !contentType.startsWith("application/problem+json")) {
            verdict = "not problem+json (" + contentType + ")";
        } else if (status == 400 && !namesAField(body)) {
            verdict = "400 without a named field in invalid-params";
        } else if (status == 404 && input.startsWith("query ") && problemType(body).endsWith("/http-404")) {
            // JAX-RS answers a query value it cannot convert with a bare 404, as if the path did not exist
            verdict = "404 for an unconvertible query value instead of a 400 naming it";
        }
        if (verdict != null) {
            String excerpt = body.length() > 300 ? body.substring(0, 300) + "…" : body;
            violations.add(operation + " → " + status + " " + verdict + ": " + excerpt);
        }
    }

    private static String problemType(String body) {
        try {
            return JSON.readTree(body).path("type").asText();
        } catch (Exception e) {
            return "";
        }
    }

    private static boolean namesAField(String body) {
        try {
            for (JsonNode param : JSON.readTree(body).path("invalid-params")) {
                if (!param.path("name").asText().isBlank()) {
                    return true;
                }
            }
        } catch (Exception e) {
            return false;
        }
        return false;
    }

    private JsonNode jsonContent(JsonNode operation) {
        for (Iterator<Map.Entry<String, JsonNode>> it = resolve(operation.path("requestBody")).path("content")
                .fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> content = it.next();
            if (content.getKey().contains("json")) {
                return content.getValue();
            }
        }
        return null;
    }

    /** The first documented example of a JSON request body, or {@code {}} when there is none. */
    private String example(JsonNode content) {
        Iterator<JsonNode> examples = content.path("examples").elements();
        JsonNode value = examples.hasNext() ? resolve(examples.next()).path("value") : content.path("example");
        return value.isMissingNode() || value.isNull() ? "{}" : value.isTextual() ? value.asText() : value.toString();
    }

    private Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        schema.path("properties").fields().forEachRemaining(p -> properties.put(p.getKey(), resolve(p.getValue())));
        for (JsonNode part : schema.path("allOf")) {
            properties.putAll(properties(resolve(part)));
        }
        return properties;
    }

    /** A value of the wrong JSON type, and for typed strings and integers a well-typed but malformed one. */
    private List<JsonNode> wrongValues(JsonNode schema) {
        String type = schema.has("properties") ? "object" : "";
        // OpenAPI 3.1 spells a nullable type as ["string", "null"]
        for (JsonNode t : schema.path("type").isArray() ? schema.path("type") : List.of(schema.path("type"))) {
            if (!t.asText().equals("null") && !t.asText().isEmpty()) {
                type = t.asText();
            }
        }
        List<JsonNode> values = new ArrayList<>();
        switch (type) {
            case "string" -> {
                values.add(JSON.createObjectNode());
                if (schema.has("format") || schema.has("enum")) {
                    values.add(JSON.getNodeFactory().textNode("not-a-" + schema.path("format").asText("value")));
                }
            }
            case "integer" -> {
                values.add(JSON.getNodeFactory().textNode("not-a-number"));
                values.add(JSON.getNodeFactory().numberNode(new BigInteger("99999999999999999999")));
            }
            case "number" -> values.add(JSON.getNodeFactory().textNode("not-a-number"));
            case "boolean" -> values.add(JSON.getNodeFactory().textNode("not-a-boolean"));
            case "array" -> values.add(JSON.getNodeFactory().textNode("not-an-array"));
            default -> values.add(JSON.getNodeFactory().textNode("not-an-object"));
        }
        return values;
    }

    /** Follows {@code $ref}s such as {@code #/components/schemas/PersonRequest} within the document. */
    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.path("$ref").asText().substring(1));
        }
        return current;
    }
}
