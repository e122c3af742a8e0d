package org.hlc.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The real Keycloak: creates the season's users through the admin REST API and signs them in with the password
 * grant of the confidential client {@code hlc-service}, so every API call carries a real token.
 */
public final class Keycloak {
    private static final String CLIENT = "hlc-service";
    private static final String SECRET = "hlc-service-secret";
    /** Only until the first sign-in: Keycloak then rehashes the password with the realm's policy (Argon2). */
    private static final int IMPORT_HASH_ITERATIONS = 1_000;
    private static final SecureRandom SALTS = new SecureRandom();
    private final Http http;
    private final String base;
    private final String adminUser;
    private final String adminPassword;
    private final Map<String, JsonNode> roles = new ConcurrentHashMap<>();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private volatile Token admin;

    private record Token(String value, long expiresAtMillis) {
        boolean fresh() {
            return System.currentTimeMillis() < expiresAtMillis - 30_000;
        }
    }

    public Keycloak(Http http, String base, String adminUser, String adminPassword) {
        this.http = http;
        this.base = base;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    /** Creates (or finds) a user with the realm roles; returns the user's subject (Keycloak id = token sub). */
    public String ensureUser(String username, String email, List<String> realmRoles) {
        String adminToken = adminToken();
        Http.Reply created = http.call("POST", base + "/admin/realms/hlc/users", adminToken, Map.of(
                "username", username, "email", email, "enabled", true, "emailVerified", true,
                "firstName", username, "lastName", "hlc",
                "credentials", List.of(Map.of("type", "password", "value", password(username), "temporary", false))));
        String id;
        if (created.status() == 201) {
            id = created.location().substring(created.location().lastIndexOf('/') + 1);
        } else if (created.status() == 409) {
            id = http.call("GET", base + "/admin/realms/hlc/users?exact=true&username=" + username, adminToken, null)
                    .body().path(0).path("id").asText();
        } else {
            throw new IllegalStateException("Keycloak refused user " + username + ": " + created.status() + " "
                    + created.body());
        }
        List<JsonNode> mappings = realmRoles.stream().map(this::role).toList();
        Http.Reply mapped = http.call("POST", base + "/admin/realms/hlc/users/" + id + "/role-mappings/realm",
                adminToken, mappings);
        if (!mapped.ok()) {
            throw new IllegalStateException("cannot grant " + realmRoles + " to " + username + ": " + mapped.status());
        }
        return id;
    }

    /**
     * Creates many users at once through the admin partial import (one request per 500 users instead of three per
     * user); existing users are skipped. Returns username → subject. The passwords come hashed (see
     * {@link #prehashedPassword}), so the import itself hashes nothing.
     */
    public Map<String, String> ensureUsers(List<String> usernames, String realmRole) {
        Map<String, String> subjects = new ConcurrentHashMap<>();
        for (int from = 0; from < usernames.size(); from += 500) {
            List<Map<String, Object>> users = usernames.subList(from, Math.min(usernames.size(), from + 500))
                    .stream().map(name -> Map.<String, Object>of("username", name, "email", name + "@example.org",
                            "enabled", true, "emailVerified", true, "firstName", name, "lastName", "hlc",
                            "realmRoles", List.of(realmRole), "credentials", List.of(prehashedPassword(name))))
                    .toList();
            Http.Reply reply = http.call("POST", base + "/admin/realms/hlc/partialImport", adminToken(),
                    Map.of("ifResourceExists", "SKIP", "users", users));
            if (!reply.ok()) {
                throw new IllegalStateException("partial import of users failed: " + reply.status() + " "
                        + reply.body());
            }
            for (JsonNode result : reply.body().path("results")) {
                subjects.put(result.path("resourceName").asText(), result.path("id").asText());
            }
        }
        return subjects;
    }

    /** An access token for the user, from the password grant; cached until shortly before it expires. */
    public String token(String username) {
        Token cached = tokens.get(username);
        if (cached != null && cached.fresh()) {
            return cached.value();
        }
        Http.Reply reply = http.form(base + "/realms/hlc/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", CLIENT, "client_secret", SECRET,
                "username", username, "password", password(username)));
        if (!reply.ok()) {
            throw new IllegalStateException("no token for " + username + ": " + reply.status() + " " + reply.body());
        }
        Token token = new Token(reply.text("access_token"),
                System.currentTimeMillis() + reply.body().path("expires_in").asLong(300) * 1000);
        tokens.put(username, token);
        return token.value();
    }

    private JsonNode role(String name) {
        return roles.computeIfAbsent(name, n -> {
            Http.Reply reply = http.call("GET", base + "/admin/realms/hlc/roles/" + n, adminToken(), null);
            if (!reply.ok()) {
                throw new IllegalStateException("realm role " + n + " missing: " + reply.status());
            }
            return reply.body();
        });
    }

    private String adminToken() {
        Token current = admin;
        if (current != null && current.fresh()) {
            return current.value();
        }
        Http.Reply reply = http.form(base + "/realms/master/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", adminUser, "password",
                adminPassword));
        if (!reply.ok()) {
            throw new IllegalStateException("Keycloak admin login failed at " + base + ": " + reply.status());
        }
        admin = new Token(reply.text("access_token"),
                System.currentTimeMillis() + reply.body().path("expires_in").asLong(60) * 1000);
        return admin.value();
    }

    static String password(String username) {
        return username + "-pw";
    }

    /**
     * A password credential in Keycloak's stored form, PBKDF2-SHA256 with few iterations. Keycloak hashes a plain
     * password at import and checks it again at sign-in, Argon2 both times; a stored hash that does not meet the
     * realm's policy is verified cheaply and rehashed with the policy at the first sign-in: one Argon2 per user.
     */
    static Map<String, Object> prehashedPassword(String username) {
        byte[] salt = new byte[16];
        SALTS.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return Map.of("type", "password", "temporary", false,
                "secretData", json(Map.of("value", base64.encodeToString(pbkdf2(password(username), salt)),
                        "salt", base64.encodeToString(salt), "additionalParameters", Map.of())),
                "credentialData", json(Map.of("algorithm", "pbkdf2-sha256", "hashIterations",
                        IMPORT_HASH_ITERATIONS, "additionalParameters", Map.of())));
    }

    static byte[] pbkdf2(String password, byte[] salt) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(
                    new PBEKeySpec(password.toCharArray(), salt, IMPORT_HASH_ITERATIONS, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keycloak takes a credential's secret and parameters as JSON text inside the JSON. */
    private static String json(Map<String, Object> fields) {
        try {
            return Http.JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
