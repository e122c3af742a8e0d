package org.hlc.platform.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hlc.platform.eventstore.StreamConflictException;
import org.hlc.platform.eventstore.TransientRollback;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where exceptions become HTTP: every error leaves as application/problem+json. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return new Problem(e.type(), e.title(), e.status(), e.getMessage(), path(uri), e.extensions()).toResponse();
    }

    @ServerExceptionMapper
    public Response streamConflict(StreamConflictException e, UriInfo uri) {
        return new Problem("concurrent-modification", "Conflict", 409,
                "the resource was changed by another request; reload it and retry", path(uri),
                Map.of("stream", e.streamId())).toResponse();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<InvalidParam> params = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            params.add(new InvalidParam(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        params.sort(Comparator.comparing(InvalidParam::name));
        return invalid(params, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return invalid(List.of(jsonProblem(e)), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return invalid(List.of(jsonProblem(e)), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return invalid(List.of(jsonProblem(e)), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unparsableJson(JsonParseException e, UriInfo uri) {
        return invalid(List.of(jsonProblem(e)), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri, "a valid bearer token is required");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri, "the bearer token was rejected");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return new Problem("forbidden", "Forbidden", 403, "your roles do not allow this operation", path(uri),
                Map.of()).toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return invalid(List.of(jsonProblem(json)), uri);
        }
        if (e.getCause() instanceof ProblemException problem) {
            return problem(problem, uri); // a parameter converter's verdict, e.g. NumberParamConverters
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        Response.ResponseBuilder builder = Response.fromResponse(
                new Problem("http-" + status, title, status, e.getMessage(), path(uri), Map.of()).toResponse());
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response identityProviderDown(io.quarkus.oidc.OIDCException e, UriInfo uri) {
        LOG.warnf("identity provider unavailable on %s: %s", path(uri), e.getMessage());
        return Response.fromResponse(new Problem("identity-provider-unavailable", "Service unavailable", 503,
                "the identity provider cannot be reached to verify the token; retry shortly", path(uri), Map.of())
                .toResponse()).header("Retry-After", "5").build();
    }

    /** See {@link TransientRollback}: nothing was written, and the same request succeeds when sent again. */
    @ServerExceptionMapper
    public Response database(io.vertx.pgclient.PgException e, UriInfo uri) {
        if (!TransientRollback.is(e)) {
            return unexpected(e, uri);
        }
        LOG.warnf("transaction rolled back by PostgreSQL on %s (%s): %s", path(uri), e.getSqlState(),
                e.getErrorMessage());
        return Response.fromResponse(new Problem("transient-conflict", "Service unavailable", 503,
                "the request met a concurrent one and was rolled back; nothing was recorded, send it again", path(uri),
                Map.of()).toResponse()).header("Retry-After", "1").build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "unexpected error on %s", path(uri));
        return new Problem("internal", "Internal error", 500,
                "an unexpected error occurred; it has been logged", path(uri), Map.of()).toResponse();
    }

    private static Response unauthenticated(UriInfo uri, String detail) {
        return Response.fromResponse(new Problem("unauthenticated", "Unauthorized", 401, detail, path(uri), Map.of())
                .toResponse()).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static Response invalid(List<InvalidParam> params, UriInfo uri) {
        return new Problem("validation", "Invalid request", 400, InvalidInputException.describe(params), path(uri),
                Map.of("invalid-params", params)).toResponse();
    }

    private static InvalidParam jsonProblem(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String reason = e instanceof InvalidFormatException format
                    ? "value " + format.getValue() + " is not a valid " + format.getTargetType().getSimpleName()
                    : e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                            ? "expected a value of type " + mismatch.getTargetType().getSimpleName()
                            : "invalid value";
            return new InvalidParam(jsonPath(mapping.getPath()), reason);
        }
        if (e instanceof MismatchedInputException mismatch) {
            // well-formed JSON of the wrong shape, e.g. [] for an object: Jackson's message names our Java classes
            Class<?> target = mismatch.getTargetType();
            boolean array = target != null && (target.isArray() || Collection.class.isAssignableFrom(target));
            return new InvalidParam("body", "must be a JSON " + (array ? "array" : "object"));
        }
        return new InvalidParam("body", "malformed JSON: " + e.getOriginalMessage());
    }

    static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder name = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                name.append('[').append(reference.getIndex()).append(']');
            }
        }
        return name.isEmpty() ? "body" : name.toString();
    }

    /** {@code register.body.timeZone} → {@code timeZone}: drop the method and parameter nodes. */
    static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        if (name.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return name.toString();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
