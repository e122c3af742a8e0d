package org.hlc.webinar.calendar;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Feed tokens: base64url of the person id (16 bytes, to find the feed's stream) and 24 random bytes (the secret,
 * 192 bits). Only the SHA-256 of the whole token is stored, and it is compared in constant time.
 */
public final class FeedTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_BYTES = 24;
    static final int LENGTH = 54;

    private FeedTokens() {
    }

    public static String issue(UUID personId) {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        ByteBuffer bytes = ByteBuffer.allocate(16 + SECRET_BYTES);
        bytes.putLong(personId.getMostSignificantBits()).putLong(personId.getLeastSignificantBits()).put(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** The person a well-formed token names; empty for anything else (no detail for guessers). */
    public static Optional<UUID> personOf(String token) {
        if (token == null || token.length() != LENGTH) {
            return Optional.empty();
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(token));
            return Optional.of(new UUID(bytes.getLong(), bytes.getLong()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean matches(String token, String expectedSha256) {
        return expectedSha256 != null && MessageDigest.isEqual(sha256(token).getBytes(StandardCharsets.US_ASCII),
                expectedSha256.getBytes(StandardCharsets.US_ASCII));
    }
}
