package dev.opscharter.bootstrap.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Files and directories only the operating-system user that runs OpsCharter may reach. */
final class PrivateFiles {

    private PrivateFiles() {
    }

    /** Creates the directory (and its parents) if missing and makes it 0700. */
    static Path directory(Path directory) {
        try {
            Files.createDirectories(directory);
            setPermissions(directory, "rwx------");
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + directory + " private", e);
        }
    }

    /** Makes the file 0600. */
    static void restrict(Path file) throws IOException {
        setPermissions(file, "rw-------");
    }

    private static void setPermissions(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the user's profile directory protects it
        }
    }
}
