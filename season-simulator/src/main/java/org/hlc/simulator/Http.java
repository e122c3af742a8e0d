package org.hlc.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** JSON over HTTP with bearer tokens; every call is counted so the report can show rates. */
public final class Http {
    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    /** A response: status, headers we use, and the body parsed as JSON (missing when not JSON). */
    public record Reply(int status, JsonNode body, String etag, String location, String retryAfter) {
        public Reply(int status, JsonNode body, String etag, String location) {
            this(status, body, etag, location, null);
        }

        public long retryAfterSeconds() {
            try {
                return retryAfter == null ? 1 : Long.parseLong(retryAfter.trim());
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public String text(String field) {
            return body.path(field).asText(null);
        }
    }

    public CompletableFuture<Reply> send(String method, String url, String token, Object body,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(write(body)));
        }
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).thenApply(response ->
                new Reply(response.statusCode(), parse(response.body()),
                        response.headers().firstValue("ETag").orElse(null),
                        response.headers().firstValue("Location").orElse(null),
                        response.headers().firstValue("Retry-After").orElse(null)));
    }

    /** A non-JSON response (Atom, CSV, iCalendar) as text. */
    public record Raw(int status, String body, String contentType) {
    }

    public Raw raw(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Raw(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Raw raw(String url) {
        return raw(url, null);
    }

    public Reply call(String method, String url, String token, Object body) {
        return send(method, url, token, body, Map.of()).join();
    }

    public Reply form(String url, Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((key, value) -> form.append(form.isEmpty() ? "" : "&")
                .append(java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), parse(response.body()), null,
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }
}
