package org.hlc.platform.testing;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Test client for Server-Sent Events endpoints: reads a bounded number of events, then closes the connection. */
public final class SseReader {
    /** One event as read off the wire: its {@code id:}, {@code event:} and joined {@code data:} lines. */
    public record SseEvent(String id, String name, String data) {
    }

    private SseReader() {
    }

    /**
     * Reads until {@code count} events arrived (bounded by a 45 s request timeout); fails on a non-200 answer.
     * {@code token} and {@code lastEventId} may be null.
     */
    public static List<SseEvent> read(String url, String token, String lastEventId, int count) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(45));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        List<SseEvent> events = new ArrayList<>();
        try {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new AssertionError("expected 200 from " + url + ", got " + response.statusCode());
            }
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                String id = null;
                String name = null;
                StringBuilder data = new StringBuilder();
                String line;
                while (events.size() < count && (line = lines.readLine()) != null) {
                    if (line.isEmpty()) {
                        if (data.length() > 0) {
                            events.add(new SseEvent(id, name, data.toString()));
                        }
                        id = null;
                        name = null;
                        data.setLength(0);
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).trim();
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).trim());
                    }
                }
            }
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("SSE read failed after " + events, e);
        }
        return events;
    }
}
