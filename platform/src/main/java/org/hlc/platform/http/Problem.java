package org.hlc.platform.http;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 9457 problem details body. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance" })
public final class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://hlc.example.org/problems/";

    public final String type;
    public final String title;
    public final int status;
    public final String detail;
    public final String instance;
    private final Map<String, Object> extensions;

    public Problem(String typeSlug, String title, int status, String detail, String instance,
            Map<String, Object> extensions) {
        this.type = TYPE_BASE + typeSlug;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.extensions = new LinkedHashMap<>(extensions);
    }

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
