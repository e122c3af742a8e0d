package org.hlc.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Keycloak-shaped access tokens signed with the test key: verified by the real quarkus-oidc code path. */
public final class TestTokens {
    public static final String ISSUER = "https://hlc.test/realms/hlc";
    public static final String AUDIENCE = "hlc-api";
    private static final PrivateKey KEY = loadKey();

    private TestTokens() {
    }

    public static String token(String subject, String... roles) {
        return token(subject, Duration.ofMinutes(30), roles);
    }

    /** A token for a new random subject with the given roles. */
    public static String anyone(String... roles) {
        return token(UUID.randomUUID().toString(), roles);
    }

    public static String token(String subject, Duration lifetime, String... roles) {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .audience(AUDIENCE)
                .claim("preferred_username", "user-" + subject)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .jws().keyId("hlc-test")
                .sign(KEY);
    }

    /** Same claims, signed with the right key but for another audience: must be refused. */
    public static String forAudience(String audience, String subject, String... roles) {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER).subject(subject).audience(audience)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .issuedAt(now).expiresAt(now.plusSeconds(600)).sign(KEY);
    }

    private static PrivateKey loadKey() {
        try (InputStream in = TestTokens.class.getResourceAsStream("/hlc-test-private-key.pem")) {
            return KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("test signing key missing", e);
        }
    }
}
