package dev.opscharter.bootstrap.config;

import dev.opscharter.domain.survey.GuardKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * Where the survey's {@link GuardKey} comes from: {@code opscharter.survey.guard-key} (base64) when it
 * is set — several instances on one database must share it — else {@code <data-dir>/survey-guard.key},
 * a file only the operating-system user can read (0600), generated on the first start and read on every
 * later one. Never in the database (whoever reads it must not be able to tie a guard to an invitation),
 * never logged. Losing it makes every invitation answerable once more: it is kept with the backups.
 */
final class GuardKeyFile {

    static final String PROPERTY = "opscharter.survey.guard-key";
    static final String FILE = "survey-guard.key";

    private static final Logger LOG = LoggerFactory.getLogger(GuardKeyFile.class);

    private GuardKeyFile() {
    }

    /** The configured key (surrounding whitespace ignored) if there is one, else the data directory's. */
    static GuardKey load(Optional<String> configured, Path dataDir) {
        var text = configured.map(String::strip).filter(t -> !t.isEmpty());
        if (text.isPresent()) {
            return parse(text.get(), PROPERTY);
        }
        var file = PrivateFiles.directory(dataDir.toAbsolutePath()).resolve(FILE);
        try {
            if (Files.exists(file)) {
                PrivateFiles.restrict(file);
                return parse(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
            }
            var key = GuardKey.generate(new SecureRandom());
            write(file, key);
            LOG.info("Generated the survey guard key in {}: keep it with the database's backups", file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the survey guard key " + file, e);
        }
    }

    private static GuardKey parse(String text, String source) {
        try {
            return GuardKey.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the survey guard key in " + source + " is not valid: " + e.getMessage());
        }
    }

    /** Written beside the target with owner-only rights from the start, forced to disk, then moved over it. */
    private static void write(Path file, GuardKey key) throws IOException {
        var temporary = Files.createTempFile(file.getParent(), ".survey-guard", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap((key.encoded() + "\n").getBytes(StandardCharsets.US_ASCII)));
            // responses are guarded with it from now on: it must outlive a crash as they do
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
