package dev.opscharter.bootstrap.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Frees the embedded data directory before PostgreSQL starts on it. After {@code kill -9} of the
 * application its postmaster lives on (orphaned) and holds {@code postmaster.pid}; after a kill of
 * the postmaster too, the file stays behind. Reads the file (PID, data directory) and:
 * <ul>
 *     <li>when that process is a {@code postgres} whose {@code -D} is this data directory, stops it
 *     (fast shutdown, SIGINT; then immediate, SIGQUIT; then SIGKILL of it and its children, each
 *     with a deadline) and waits until no process is attached to its shared memory any more;</li>
 *     <li>else (no such process, or the PID now belongs to something else) removes the stale file.</li>
 * </ul>
 * It never signals a process it has not recognised as the postmaster of this very directory.
 * PostgreSQL then starts on the directory and recovers from its WAL by itself.
 */
final class OrphanPostmaster {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanPostmaster.class);
    private static final String PID_FILE = "postmaster.pid";
    private static final Duration FAST_SHUTDOWN = Duration.ofSeconds(30);
    private static final Duration IMMEDIATE_SHUTDOWN = Duration.ofSeconds(10);
    private static final Duration KILLED = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(50);

    private OrphanPostmaster() {
    }

    /** Returns whether a running postmaster had to be stopped. */
    static boolean release(Path dataDirectory) {
        var pidFile = dataDirectory.resolve(PID_FILE);
        try {
            if (!Files.exists(pidFile)) {
                return false;
            }
            var lines = Files.readAllLines(pidFile);
            var postmaster = pidOf(lines).flatMap(ProcessHandle::of)
                    .filter(process -> servesDirectory(process, dataDirectory));
            if (postmaster.isEmpty()) {
                LOG.warn("Removing the stale {} of {}: its postmaster is gone", PID_FILE, dataDirectory);
                // its server processes notice their postmaster's death and leave; give them that moment
                waitForDetachedSharedMemory(lines);
                Files.deleteIfExists(pidFile);
                return false;
            }
            LOG.warn("An orphaned PostgreSQL (PID {}) still serves {}: stopping it", postmaster.get().pid(), dataDirectory);
            stop(postmaster.get());
            waitForDetachedSharedMemory(lines);
            Files.deleteIfExists(pidFile);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot free the data directory " + dataDirectory, e);
        }
    }

    /** Whether the process is a postgres started with {@code -D} naming this directory. */
    static boolean servesDirectory(ProcessHandle process, Path dataDirectory) {
        var info = process.info();
        var command = info.command().map(Path::of).map(Path::getFileName).map(Path::toString).orElse("");
        if (!command.equals("postgres")) {
            return false;
        }
        var arguments = info.arguments().map(List::of).orElse(List.of());
        int flag = arguments.indexOf("-D");
        if (flag < 0 || flag + 1 >= arguments.size()) {
            return false;
        }
        try {
            var served = Path.of(arguments.get(flag + 1));
            if (!served.isAbsolute()) {
                served = Path.of("/proc", Long.toString(process.pid()), "cwd").toRealPath().resolve(served);
            }
            return Files.isSameFile(served, dataDirectory);
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Long> pidOf(List<String> lines) {
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void stop(ProcessHandle postmaster) {
        var children = postmaster.descendants().toList();
        if (signal(postmaster, "INT", FAST_SHUTDOWN) || signal(postmaster, "QUIT", IMMEDIATE_SHUTDOWN)) {
            return;
        }
        LOG.warn("PostgreSQL (PID {}) did not shut down: killing it", postmaster.pid());
        postmaster.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        if (!exited(postmaster, KILLED)) {
            throw new IllegalStateException("cannot stop the orphaned PostgreSQL, PID " + postmaster.pid());
        }
    }

    /** Sends the signal (with kill(1): ProcessHandle only knows TERM and KILL) and waits for the exit. */
    private static boolean signal(ProcessHandle process, String signal, Duration deadline) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            LOG.warn("cannot run kill -{}: {}", signal, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return exited(process, deadline);
    }

    private static boolean exited(ProcessHandle process, Duration deadline) {
        return waitUntil(() -> !process.isAlive(), deadline);
    }

    /**
     * The seventh line of postmaster.pid names the postmaster's System V shared memory segment; a
     * new postmaster refuses to start while old server processes are still attached to it.
     */
    private static void waitForDetachedSharedMemory(List<String> pidFileLines) {
        if (pidFileLines.size() < 7) {
            return;
        }
        var parts = pidFileLines.get(6).trim().split("\\s+");
        if (parts.length < 2) {
            return;
        }
        var segment = parts[1];
        var table = Path.of("/proc/sysvipc/shm");
        if (!Files.isReadable(table)) {
            return;
        }
        waitUntil(() -> attachments(table, segment) == 0, KILLED);
    }

    private static long attachments(Path table, String segment) {
        try (var lines = Files.lines(table)) {
            // columns: key shmid perms size cpid lpid nattch ...
            return lines.map(line -> line.trim().split("\\s+"))
                    .filter(columns -> columns.length > 6 && columns[1].equals(segment))
                    .mapToLong(columns -> Long.parseLong(columns[6]))
                    .sum();
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static boolean waitUntil(java.util.function.BooleanSupplier condition, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return condition.getAsBoolean();
            }
        }
        return true;
    }
}
