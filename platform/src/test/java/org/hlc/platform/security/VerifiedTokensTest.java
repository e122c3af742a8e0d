package org.hlc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {
    private static final long NOW_SECONDS = 1_800_000_000L;
    private final AtomicLong nanos = new AtomicLong();
    private final VerifiedTokens tokens = new VerifiedTokens(nanos::get, () -> NOW_SECONDS * 1000);

    @Test
    void recognises_a_verified_token_with_its_subject_and_roles() {
        tokens.remember(identity("token-a", "amina", NOW_SECONDS + 300, "voter"));

        SecurityIdentity recognised = tokens.recognise("token-a", null);

        assertThat(recognised.getPrincipal().getName()).isEqualTo("amina");
        assertThat(recognised.getRoles()).containsExactly("voter");
        assertThat(tokens.recognise("token-b", null)).as("another token").isNull();
    }

    @Test
    void forgets_a_token_when_it_expires_before_the_maximum_age() {
        tokens.remember(identity("short", "amina", NOW_SECONDS + 5, "voter"));

        nanos.set(4_999_000_000L);
        assertThat(tokens.recognise("short", null)).isNotNull();
        nanos.set(5_000_000_000L);
        assertThat(tokens.recognise("short", null)).as("the token's own exp").isNull();
    }

    @Test
    void forgets_a_long_lived_token_after_the_maximum_age() {
        tokens.remember(identity("long", "amina", NOW_SECONDS + 3600, "voter"));

        nanos.set(VerifiedTokens.MAX_AGE.toNanos());
        assertThat(tokens.recognise("long", null)).isNull();
    }

    @Test
    void does_not_remember_expired_tokens_or_identities_it_recognised_itself() {
        tokens.remember(identity("expired", "amina", NOW_SECONDS - 1, "voter"));
        assertThat(tokens.size()).isZero();

        tokens.remember(identity("token-a", "amina", NOW_SECONDS + 300, "voter"));
        tokens.remember(tokens.recognise("token-a", null));
        assertThat(tokens.size()).isEqualTo(1);
    }

    @Test
    void a_recognised_identity_carries_the_current_requests_routing_context_not_the_first_ones() {
        RoutingContext first = routingContext();
        RoutingContext second = routingContext();
        tokens.remember(QuarkusSecurityIdentity.builder(identity("token-a", "amina", NOW_SECONDS + 300, "voter"))
                .addAttribute(RoutingContext.class.getName(), first).build());

        SecurityIdentity recognised = tokens.recognise("token-a", second);

        assertThat((Object) recognised.getAttribute(RoutingContext.class.getName())).isSameAs(second);
        assertThat((Object) tokens.recognise("token-a", null).getAttribute(RoutingContext.class.getName()))
                .as("the first request's context is not kept").isNull();
    }

    @Test
    void starts_over_when_full() {
        for (int i = 0; i < VerifiedTokens.MAX_ENTRIES; i++) {
            tokens.remember(identity("token-" + i, "voter-" + i, NOW_SECONDS + 300, "voter"));
        }
        tokens.remember(identity("one-more", "amina", NOW_SECONDS + 300, "voter"));

        assertThat(tokens.size()).isEqualTo(1);
        assertThat(tokens.recognise("one-more", null)).isNotNull();
    }

    /** Only its identity matters here: which request's context the recognised identity carries. */
    private static RoutingContext routingContext() {
        return (RoutingContext) java.lang.reflect.Proxy.newProxyInstance(RoutingContext.class.getClassLoader(),
                new Class<?>[] { RoutingContext.class }, (proxy, method, args) -> null);
    }

    private static SecurityIdentity identity(String raw, String subject, long exp, String... roles) {
        Map<String, Object> claims = Map.of("raw_token", raw, "sub", subject, "exp", exp);
        JsonWebToken jwt = new JsonWebToken() {
            @Override
            public String getName() {
                return subject;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
        return QuarkusSecurityIdentity.builder().setPrincipal(jwt).addRoles(Set.of(roles)).build();
    }
}
