package org.hlc.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens already verified by quarkus-oidc, recognised again without parsing and verifying them a second time.
 * A voter casts several votes and a web client makes many calls with one access token: its signature check, claim
 * parsing and base64 decoding were the largest share of the vote path's CPU and of its allocations (a 32 KB parser
 * buffer per JSON part), measured with JFR in the vote benchmark.
 *
 * <p>The key is the whole token, signature included, so only the very token that passed verification is recognised;
 * an entry is used until the token's {@code exp} or for {@link #MAX_AGE} at most, whichever comes first (a token is
 * never accepted longer than its own lifetime; a key rotation takes effect within {@code MAX_AGE}). Tokens without an
 * {@code exp} are not remembered. Bounded: when full, the cache starts over (a miss only costs one verification).
 *
 * <p>The identity of a recognised token is the one built at verification (principal, roles, credentials), with the
 * current request's routing context in place of the first one's. {@link VerifiedTokenProvider} asks here before
 * quarkus-oidc verifies; {@link VerifiedTokenRecorder} remembers what it verified.
 */
@Singleton
public class VerifiedTokens {
    static final Duration MAX_AGE = Duration.ofMinutes(1);
    static final int MAX_ENTRIES = 500;
    /** Marks an identity served from here, so that the augmentor does not store it again. */
    private static final String RECOGNISED = "hlc.verified-token-recognised";

    private record Verified(SecurityIdentity identity, long validUntilNanos) {
    }

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final LongAdder recognised = new LongAdder();
    private final LongSupplier nanoTime;
    private final LongSupplier epochMillis;

    public VerifiedTokens() {
        this(System::nanoTime, System::currentTimeMillis);
    }

    VerifiedTokens(LongSupplier nanoTime, LongSupplier epochMillis) {
        this.nanoTime = nanoTime;
        this.epochMillis = epochMillis;
    }

    /** The identity verified for this very token, for the request with this routing context; null if none. */
    SecurityIdentity recognise(String token, RoutingContext routing) {
        Verified hit = token == null ? null : verified.get(token);
        if (hit == null) {
            return null;
        }
        if (nanoTime.getAsLong() - hit.validUntilNanos() >= 0) {
            verified.remove(token, hit);
            return null;
        }
        recognised.increment();
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(hit.identity())
                .addAttribute(RECOGNISED, Boolean.TRUE);
        if (routing != null) {
            identity.addAttribute(RoutingContext.class.getName(), routing);
        }
        return identity.build();
    }

    /** Remembers an identity quarkus-oidc built from a verified JWT (not one recognised here). */
    void remember(SecurityIdentity identity) {
        if (!identity.isAnonymous() && identity.getAttribute(RECOGNISED) == null
                && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getRawToken() != null
                && jwt.getExpirationTime() > 0) {
            remember(jwt.getRawToken(), identity, jwt.getExpirationTime());
        }
    }

    void remember(String token, SecurityIdentity identity, long expiresAtEpochSeconds) {
        long untilExpiry = expiresAtEpochSeconds * 1000 - epochMillis.getAsLong();
        long ttlMillis = Math.min(untilExpiry, MAX_AGE.toMillis());
        if (ttlMillis <= 0) {
            return;
        }
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(token, new Verified(withoutRequest(identity), nanoTime.getAsLong() + ttlMillis * 1_000_000));
    }

    /**
     * The identity without the routing context of the request that brought the token (its buffers included).
     * Permission checkers are left out too: augmentors add them again to every identity, a recognised one included.
     */
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder().setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles()).addCredentials(identity.getCredentials());
        identity.getAttributes().forEach((name, value) -> {
            if (!(value instanceof RoutingContext)) {
                copy.addAttribute(name, value);
            }
        });
        return copy.build();
    }

    /** How many requests were authenticated by recognising their token. */
    public long recognisedCount() {
        return recognised.sum();
    }

    int size() {
        return verified.size();
    }
}
