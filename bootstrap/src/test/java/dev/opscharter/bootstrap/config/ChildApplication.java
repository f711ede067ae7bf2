package dev.opscharter.bootstrap.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * OpsCharter as a child JVM ({@link ConfirmingApplication}) on a given data directory: the test's
 * runtime classpath, the embedded database, a free HTTP port, no job server. Its output goes to a
 * log file (printed when a wait fails); its confirmations are collected as they come.
 */
final class ChildApplication implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final Process process;
    private final int port;
    private final Path log;
    private final Writer commands;
    private final Set<String> confirmed = ConcurrentHashMap.newKeySet();

    private ChildApplication(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread.ofPlatform().daemon().name("child-output-" + process.pid()).start(this::readOutput);
    }

    static ChildApplication start(Path dataDir, Path log) throws IOException {
        int port = freePort();
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                ConfirmingApplication.class.getName(),
                "--opscharter.data-dir=" + dataDir, "--server.port=" + port,
                "--opscharter.demo=false", "--opscharter.admin.password=fault-Test-admin-2026!",
                "--jobrunr.background-job-server.enabled=false", "--jobrunr.dashboard.enabled=false",
                "--logging.file.name=", "--spring.main.banner-mode=off", "--vaadin.launch-browser=false"));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new ChildApplication(process, port, log);
    }

    long pid() {
        return process.pid();
    }

    void awaitHealthy(Duration deadline) {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        await("/actuator/health UP", deadline, () -> {
            try {
                var response = client.send(health, HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 && response.body().contains("\"UP\"");
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    /** Starts the endless stream of confirmed writes. */
    void write() throws IOException {
        commands.write("write\n");
        commands.flush();
    }

    /** Waits for at least this many confirmations and returns a snapshot of them. */
    Set<String> awaitConfirmed(int count, Duration deadline) {
        await(count + " confirmed writes", deadline, () -> confirmed.size() >= count);
        return Set.copyOf(confirmed);
    }

    /** {@code kill -9} of the JVM: no shutdown hook, no Spring shutdown, no database shutdown. */
    void kill() {
        process.destroyForcibly();
        await("the child JVM to die", Duration.ofSeconds(10), () -> !process.isAlive());
    }

    /** Every confirmation the child printed: each one after its commit had returned. */
    Set<String> confirmed() {
        return Set.copyOf(confirmed);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy(); // SIGTERM: Spring shuts down, the embedded database with it
            try {
                if (!process.waitFor(Duration.ofSeconds(30))) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private void await(String what, Duration deadline, BooleanSupplier condition) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive() && !what.contains("die")) {
                throw new AssertionError("the child application exited (" + process.exitValue()
                        + ") while waiting for " + what + "; its log:\n" + tail());
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("no " + what + " within " + deadline + "; the child's log:\n" + tail());
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
        }
    }

    private void readOutput() {
        try (var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             var file = Files.newBufferedWriter(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            String line;
            while ((line = output.readLine()) != null) {
                if (line.startsWith(ConfirmingApplication.CONFIRMED)) {
                    confirmed.add(line.substring(ConfirmingApplication.CONFIRMED.length()));
                } else {
                    file.write(line);
                    file.newLine();
                    file.flush();
                }
            }
        } catch (IOException e) {
            // the child is gone
        }
    }

    private String tail() {
        try {
            var lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
