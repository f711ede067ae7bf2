package dev.opscharter.application.compliance.port.out;

import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.domain.compliance.CheckId;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The inspection reports kept with closed compliance checks: one file per check and format, written
 * once and never changed or removed while the check exists.
 */
public interface InspectionReportArchive {

    /**
     * Keeps the file with its check. A check keeps the first file of a format it is given: when it
     * already has one, nothing changes and the answer is {@code false}.
     */
    boolean keep(KeptReport report);

    Optional<KeptReport> kept(CheckId check, DocumentFormat format);

    /**
     * A kept report file.
     *
     * @param sha256 of the content, lower-case hex
     */
    record KeptReport(CheckId check, DocumentFormat format, String fileName, byte[] content, String sha256,
                      Instant generatedAt) {

        private static final Pattern HEX_256 = Pattern.compile("[0-9a-f]{64}");

        public KeptReport {
            Objects.requireNonNull(check);
            Objects.requireNonNull(format);
            Objects.requireNonNull(content);
            Objects.requireNonNull(generatedAt);
            if (fileName.isBlank() || fileName.length() > 200) {
                throw new IllegalArgumentException("file name " + fileName);
            }
            if (!HEX_256.matcher(sha256).matches()) {
                throw new IllegalArgumentException("not a SHA-256: " + sha256);
            }
        }

        /** A file to keep, with the SHA-256 of its content. */
        public static KeptReport of(CheckId check, DocumentFormat format, String fileName, byte[] content,
                                    Instant generatedAt) {
            return new KeptReport(check, format, fileName, content, sha256(content), generatedAt);
        }

        public static String sha256(byte[] content) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }
    }
}
