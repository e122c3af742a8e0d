package org.hlc.platform.http;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Keyset pagination with opaque cursors: the cursor encodes the sort key of the last item served, so pages stay
 * stable while new items arrive.
 */
public final class Cursors {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private Cursors() {
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    public static Optional<String> decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "is not a cursor returned by this API");
        }
    }

    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return requested;
    }

    /**
     * Builds the page from {@code limit + 1} fetched rows: the extra row only proves there is a next page.
     */
    public static <T> Response page(List<T> fetched, int limit, Function<T, String> keyOf, UriInfo uri) {
        boolean more = fetched.size() > limit;
        List<T> items = more ? fetched.subList(0, limit) : fetched;
        if (!more) {
            return Response.ok(new Page<>(items, null)).build();
        }
        String next = uri.getRequestUriBuilder()
                .replaceQueryParam("cursor", encode(keyOf.apply(items.get(items.size() - 1))))
                .replaceQueryParam("limit", limit).build().toString();
        return Response.ok(new Page<>(items, next)).links(Link.fromUri(next).rel("next").build()).build();
    }
}
