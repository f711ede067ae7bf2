package dev.opscharter.bootstrap.config;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The generated passwords of the embedded PostgreSQL: the owner's (the superuser that runs the
 * migrations) and the application role's. Kept in a file only the operating-system user can read
 * (0600) beside the data directory; never in the repository, never logged. Generated on the first
 * start, read on every later one.
 */
record EmbeddedDatabaseCredentials(String ownerPassword, String applicationPassword) {

    private static final String OWNER = "owner.password";
    private static final String APPLICATION = "application.password";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String toString() {
        return "EmbeddedDatabaseCredentials[passwords hidden]";
    }

    static EmbeddedDatabaseCredentials loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                var properties = new Properties();
                properties.load(new StringReader(Files.readString(file)));
                var owner = properties.getProperty(OWNER);
                var application = properties.getProperty(APPLICATION);
                if (owner != null && application != null) {
                    PrivateFiles.restrict(file);
                    return new EmbeddedDatabaseCredentials(owner, application);
                }
            }
            var created = new EmbeddedDatabaseCredentials(generated(), generated());
            created.write(file);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the database credentials " + file, e);
        }
    }

    private void write(Path file) throws IOException {
        var properties = new Properties();
        properties.setProperty(OWNER, ownerPassword);
        properties.setProperty(APPLICATION, applicationPassword);
        var text = new StringWriter();
        properties.store(text, "OpsCharter's embedded PostgreSQL: generated passwords. Keep private.");
        // written beside the target with owner-only rights from the start, then moved over it
        var temporary = Files.createTempFile(file.getParent(), ".credentials", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temporary, text.toString());
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String generated() {
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
