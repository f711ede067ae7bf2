package dev.opscharter.domain.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret in a respondent's link ({@code /s/<token>}): 256 random bits, base64url without
 * padding (43 characters). Only its {@link #hash()} is stored, so the database cannot hand out a
 * working link; the token itself exists only in the invitation that is sent. It never prints
 * itself, so a log line or an exception message that mentions one shows {@code InvitationToken[***]}.
 */
public final class InvitationToken {

    public static final int BYTES = 32;
    public static final int LENGTH = 43;

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private InvitationToken(String value) {
        this.value = value;
    }

    /** A new token from the shared strong random source. */
    public static InvitationToken random() {
        return random(RANDOM);
    }

    public static InvitationToken random(SecureRandom random) {
        var bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new InvitationToken(ENCODER.encodeToString(bytes));
    }

    /**
     * The token in a link, when the text is one: exactly 43 base64url characters that encode 32 bytes
     * (the canonical form). Anything else is empty, so a malformed path is answered as an unknown token.
     */
    public static Optional<InvitationToken> parse(String text) {
        if (!FORM.matcher(text).matches()) {
            return Optional.empty();
        }
        var bytes = Base64.getUrlDecoder().decode(text);
        return bytes.length == BYTES && ENCODER.encodeToString(bytes).equals(text)
                ? Optional.of(new InvitationToken(text)) : Optional.empty();
    }

    /** The text for the link; only the invitation sender asks for it. */
    public String value() {
        return value;
    }

    /** SHA-256 of the token's text, 64 lower-case hex digits: what the invitation stores and looks up by. */
    public String hash() {
        return hash(value);
    }

    private static String hash(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InvitationToken token && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.US_ASCII), token.value.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "InvitationToken[***]";
    }
}
