package org.hlc.platform.security;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Asked before quarkus-oidc's provider: a token it verified recently is recognised (see {@link VerifiedTokens}). */
@ApplicationScoped
public class VerifiedTokenProvider implements IdentityProvider<TokenAuthenticationRequest> {
    private final VerifiedTokens tokens;

    public VerifiedTokenProvider(VerifiedTokens tokens, MeterRegistry meters) {
        this.tokens = tokens;
        FunctionCounter.builder("hlc.security.tokens.recognised", tokens, VerifiedTokens::recognisedCount)
                .description("requests authenticated by a token verified earlier (no second verification)")
                .register(meters);
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before quarkus-oidc's provider, which has the default priority (1001, higher goes first). */
    @Override
    public int priority() {
        return 2001;
    }

    /** A null identity hands the request on to the next provider, which verifies the token. */
    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return Uni.createFrom().item(tokens.recognise(request.getToken().getToken(),
                HttpSecurityUtils.getRoutingContextAttribute(request)));
    }
}
