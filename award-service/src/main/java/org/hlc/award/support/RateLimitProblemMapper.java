package org.hlc.award.support;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hlc.platform.http.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The platform maps ProblemException without extra headers; a 429 also needs Retry-After. */
public class RateLimitProblemMapper {

    @ServerExceptionMapper(priority = 1)
    public Response rateLimited(TooManyRequestsException e, UriInfo uri) {
        Problem problem = new Problem(e.type(), e.title(), e.status(), e.getMessage(),
                uri == null ? null : "/" + uri.getPath().replaceFirst("^/", ""), e.extensions());
        return Response.fromResponse(problem.toResponse())
                .header("Retry-After", Long.toString(e.retryAfterSeconds())).build();
    }
}
