package dev.opscharter.domain.survey;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What is stored, in the response's transaction, to say that an invitation was answered: the
 * HMAC-SHA-256 (64 lower-case hex digits) of the invitation's id under the {@link GuardKey}. Unique per
 * invitation, so a second submission finds it taken; meaningless without the key, so the guard row,
 * though written together with the response, does not lead to the invitation (SPEC §3 "Anonymity").
 */
public record SubmissionGuard(String value) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public SubmissionGuard {
        Objects.requireNonNull(value);
        if (!HEX.matcher(value).matches()) {
            throw new IllegalArgumentException("a submission guard is 64 lower-case hex digits");
        }
    }

    /** The guard of {@code invitation}: the HMAC of its id's canonical text (US-ASCII). */
    public static SubmissionGuard of(GuardKey key, InvitationId invitation) {
        var mac = key.sign(invitation.toString().getBytes(StandardCharsets.US_ASCII));
        return new SubmissionGuard(HexFormat.of().formatHex(mac));
    }
}
