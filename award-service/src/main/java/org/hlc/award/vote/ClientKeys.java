package org.hlc.award.vote;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.hlc.award.vote.integrity.IntegritySettings;

/**
 * A keyed hash of a client address (SHA-256 of a secret salt and the address, 16 hex digits): votes record it so bursts
 * from one address can be spotted without the address itself appearing in events. Keep the salt secret, or an IPv4
 * address could be recovered by trying them all.
 */
@ApplicationScoped
public class ClientKeys {
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private final byte[] salt;

    public ClientKeys(IntegritySettings settings) {
        this.salt = (settings.addressSalt() + "|").getBytes(StandardCharsets.UTF_8);
    }

    public String of(String address) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        digest.update(salt);
        byte[] hash = digest.digest(address.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 8);
    }
}
