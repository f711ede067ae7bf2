package dev.opscharter.domain.survey;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret that turns an invitation into its {@link SubmissionGuard}: 32 random bytes, kept outside
 * the database (configuration, or a file only the operating-system user reads). Without it nobody who
 * reads the database can tell which invitation a guard row belongs to, so the guard a response is
 * stored with names no respondent. It never prints itself, and a refused text is not repeated.
 */
public final class GuardKey {

    public static final int BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";
    /** Standard base64 of 32 bytes: 43 characters and one '=' ({@code openssl rand -base64 32}). */
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9+/]{43}=");

    private final byte[] bytes;

    private GuardKey(byte[] bytes) {
        this.bytes = bytes;
    }

    public static GuardKey generate(SecureRandom random) {
        var bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new GuardKey(bytes);
    }

    /**
     * The key a configuration holds: the canonical standard base64 of exactly 32 bytes, nothing else
     * (no whitespace, no other alphabet or length). The exception does not repeat the text.
     */
    public static GuardKey parse(String base64) {
        if (base64 == null || !FORM.matcher(base64).matches()) {
            throw refused();
        }
        var bytes = Base64.getDecoder().decode(base64);
        if (!Base64.getEncoder().encodeToString(bytes).equals(base64)) {
            throw refused(); // stray bits in the last character: not what any encoder writes
        }
        return new GuardKey(bytes);
    }

    /** The text {@link #parse} reads back; only the place that keeps the key asks for it. */
    public String encoded() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * What the database may keep to recognise this key without learning it: the HMAC of a fixed text
     * (64 hex digits). An instance started with another key finds a different fingerprint there, and
     * stops rather than take a second response for invitations answered under the first.
     */
    public String fingerprint() {
        return HexFormat.of().formatHex(sign("opscharter survey guard key".getBytes(StandardCharsets.US_ASCII)));
    }

    /** HMAC-SHA-256 of {@code message} under this key. */
    byte[] sign(byte[] message) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(bytes, ALGORITHM));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }

    private static IllegalArgumentException refused() {
        return new IllegalArgumentException("a guard key is the base64 of 32 bytes (openssl rand -base64 32)");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GuardKey key && MessageDigest.isEqual(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "GuardKey[***]";
    }
}
