package org.hlc.award.support;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The caller of a {@code @PermitAll} operation. With lazy authentication the identity of such a request is not
 * resolved before the method runs, and resolving it on the IO thread is not allowed: resolve it asynchronously.
 */
@ApplicationScoped
public class PublicCaller {
    private final CurrentIdentityAssociation identities;

    public PublicCaller(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    public Uni<SecurityIdentity> identity() {
        return identities.getDeferredIdentity();
    }

    public static String subject(SecurityIdentity identity) {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }
}
