package org.hlc.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.hlc.platform.config.HlcConfig;

/**
 * Idempotency-Key for command POSTs: the first request with a key runs and its response is stored; a repeat with the
 * same body gets that response again (no second event); a repeat with another body is refused with 422.
 */
@ApplicationScoped
public class IdempotencyService {
    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("^[\\x21-\\x7e]{1,255}$");
    private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION);
    private static final int IN_PROGRESS = 0;

    private final Pool pool;
    private final ObjectMapper mapper;
    private final HlcConfig config;

    public IdempotencyService(Pool pool, ObjectMapper mapper, HlcConfig config) {
        this.pool = pool;
        this.mapper = mapper;
        this.config = config;
    }

    /**
     * @param scope who and what the key belongs to (subject + operation), so two callers never share a key
     */
    public Uni<Response> execute(String key, String scope, Object requestBody, Supplier<Uni<Response>> command) {
        if (key == null) {
            return command.get();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw new InvalidInputException(HEADER, "must be 1 to 255 visible ASCII characters");
        }
        String hash = hash(requestBody);
        return claim(scope, key, hash).flatMap(claimed -> {
            if (claimed) {
                return command.get()
                        .call(response -> store(scope, key, response))
                        .onFailure().call(() -> release(scope, key));
            }
            return replay(scope, key, hash);
        });
    }

    /** Claims the key; a key older than the retention is claimed afresh, as if never used. */
    private Uni<Boolean> claim(String scope, String key, String hash) {
        return pool.preparedQuery("""
                insert into hlc_idempotency_keys (scope, key, request_hash, status) values ($1, $2, $3, 0)
                on conflict (scope, key) do update
                   set request_hash = excluded.request_hash, status = 0, body = null, headers = null, created_at = now()
                 where hlc_idempotency_keys.created_at < now() - make_interval(secs => $4)
                returning key""")
                .execute(Tuple.of(scope, key, hash, (double) config.idempotency().retention().toSeconds()))
                .map(rows -> rows.rowCount() == 1);
    }

    private Uni<Void> store(String scope, String key, Response response) {
        JsonObject headers = new JsonObject();
        for (String name : REPLAYED_HEADERS) {
            Object value = response.getHeaders().getFirst(name);
            if (value != null) {
                headers.put(name, value.toString());
            }
        }
        return pool.preparedQuery("""
                update hlc_idempotency_keys set status = $3, body = $4, headers = $5 where scope = $1 and key = $2""")
                .execute(Tuple.of(scope, key, response.getStatus(), toJson(response.getEntity()), headers))
                .replaceWithVoid();
    }

    private Uni<Void> release(String scope, String key) {
        return pool.preparedQuery("delete from hlc_idempotency_keys where scope = $1 and key = $2")
                .execute(Tuple.of(scope, key)).replaceWithVoid();
    }

    private Uni<Response> replay(String scope, String key, String hash) {
        return pool.preparedQuery("""
                select request_hash, status, body, headers from hlc_idempotency_keys where scope = $1 and key = $2""")
                .execute(Tuple.of(scope, key)).map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        throw new ConflictException("idempotency-key-in-progress",
                                "a request with this Idempotency-Key has just finished failing; retry it");
                    }
                    Row row = rows.iterator().next();
                    if (!row.getString("request_hash").equals(hash)) {
                        throw new DomainRuleException("idempotency-key-reused",
                                "this Idempotency-Key was used with a different request body",
                                Map.of("header", HEADER));
                    }
                    if (row.getInteger("status") == IN_PROGRESS) {
                        throw new ConflictException("idempotency-key-in-progress",
                                "a request with this Idempotency-Key is still being processed");
                    }
                    Response.ResponseBuilder builder = Response.status(row.getInteger("status"))
                            .header("Idempotent-Replayed", "true");
                    if (row.getString("body") != null) {
                        builder.entity(row.getString("body")).type(MediaType.APPLICATION_JSON_TYPE);
                    }
                    JsonObject headers = row.getJsonObject("headers");
                    if (headers != null) {
                        headers.forEach(header -> builder.header(header.getKey(), header.getValue()));
                    }
                    return builder.build();
                });
    }

    private String toJson(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return entity instanceof String text ? text : mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response entity is not serialisable", e);
        }
    }

    private String hash(Object requestBody) {
        try {
            byte[] canonical = mapper.writer().writeValueAsBytes(mapper.valueToTree(requestBody));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash request", e);
        }
    }

}
