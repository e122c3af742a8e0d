package org.hlc.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.hlc.platform.eventstore.EventMetadata;

/** The caller of the current request: its subject, its roles, and the metadata its events carry. */
@RequestScoped
public class RequestContext {
    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;

    public RequestContext(SecurityIdentity identity, CurrentVertxRequest request) {
        this.identity = identity;
        this.request = request;
    }

    /** The token's {@code sub}: how a person is identified across services. */
    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAllRoles(java.util.Collection<String> roles) {
        return roles.stream().allMatch(identity::hasRole);
    }

    public String clientAddress() {
        return request.getCurrent().request().remoteAddress().hostAddress();
    }

    public EventMetadata metadata() {
        return new EventMetadata(correlationId(), null, subject());
    }

    private UUID correlationId() {
        String header = request.getCurrent().request().getHeader(CORRELATION_HEADER);
        if (header != null) {
            try {
                return UUID.fromString(header);
            } catch (IllegalArgumentException ignored) {
                // a client's free-form id is not ours to store; start a new conversation
            }
        }
        return UUID.randomUUID();
    }
}
