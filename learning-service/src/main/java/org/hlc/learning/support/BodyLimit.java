package org.hlc.learning.support;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hlc.platform.http.Problem;

/**
 * Refuses request bodies over the limit with 413 application/problem+json. A body with a Content-Length over the
 * limit is refused before it is read; a chunked body (no Content-Length) is buffered up to the limit by a Vert.x
 * BodyHandler, which fails with 413 as soon as it grows beyond. Both run ahead of Quarkus' own check (route order -2,
 * {@code quarkus.http.limits.max-body-size}, same limit as a backstop), which would answer with an empty body. Below
 * the limit the per-field limits (e.g. 20,000 characters of Markdown) give 400 naming the field.
 */
@ApplicationScoped
public class BodyLimit {
    private static final int ORDER = -3;

    private final long maxBytes;

    public BodyLimit(@ConfigProperty(name = "learning.max-body-bytes", defaultValue = "262144") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void install(@Observes Router router) {
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(maxBytes).setDeleteUploadedFilesOnEnd(true);
        router.route().order(ORDER).handler(context -> {
            String header = context.request().getHeader("Content-Length");
            if (header == null) {
                String encoding = context.request().getHeader("Transfer-Encoding");
                if (encoding != null && encoding.toLowerCase().contains("chunked")) {
                    chunked.handle(context);
                } else {
                    context.next();
                }
                return;
            }
            long length;
            try {
                length = Long.parseLong(header.strip());
            } catch (NumberFormatException e) {
                context.next();
                return;
            }
            if (length <= maxBytes) {
                context.next();
                return;
            }
            tooLarge(context, "the request body has " + length + " bytes; at most " + maxBytes + " are accepted");
        }).failureHandler(context -> {
            if (context.statusCode() == 413 && !context.response().headWritten()) {
                tooLarge(context, "the request body is longer than " + maxBytes + " bytes, the most accepted");
            } else {
                context.next();
            }
        });
    }

    private void tooLarge(RoutingContext context, String detail) {
        JsonObject problem = new JsonObject().put("type", "https://hlc.example.org/problems/payload-too-large")
                .put("title", "Payload too large").put("status", 413).put("detail", detail)
                .put("instance", context.request().path()).put("limit", maxBytes);
        context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close");
        context.response().endHandler(v -> context.request().connection().close());
        context.response().end(problem.encode());
    }
}
