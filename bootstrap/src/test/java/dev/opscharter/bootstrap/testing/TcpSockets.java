package dev.opscharter.bootstrap.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What Linux says of a TCP connection on this machine ({@code /proc/net/tcp} and {@code tcp6}): which
 * timer it has armed. An idle connection with keepalive on has its keepalive timer armed (timer 2,
 * due after the keepalive idle time); without keepalive an idle connection has no timer (0).
 */
public final class TcpSockets {

    /** Linux's timer number of the keepalive timer in /proc/net/tcp. */
    public static final int KEEPALIVE = 2;
    private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));
    /** /proc/net/tcp counts a timer's time in clock ticks (USER_HZ), 100 a second on Linux. */
    private static final int TICKS_PER_SECOND = 100;

    private TcpSockets() {
    }

    public static boolean available() {
        return Files.isReadable(TABLES.getFirst());
    }

    /**
     * A socket's armed timer: which one and when it is due.
     *
     * @param timer 0 none, 1 retransmission, 2 keepalive, 3 TIME_WAIT, 4 zero-window probe
     */
    public record Timer(int timer, Duration due) {
    }

    /** The two ends of a database connection, as the server sees them (its port, the client's port). */
    public record Ends(int server, int client) {

        public static Ends of(Connection connection) throws SQLException {
            try (var statement = connection.createStatement();
                 var result = statement.executeQuery("select inet_server_port(), inet_client_port()")) {
                result.next();
                return new Ends(result.getInt(1), result.getInt(2));
            }
        }
    }

    /** The client's socket of the connection, once it is idle (no data in flight). */
    public static Timer client(Ends ends) {
        return idle(ends.client(), ends.server());
    }

    /** The server's socket of the connection, once it is idle. */
    public static Timer server(Ends ends) {
        return idle(ends.server(), ends.client());
    }

    /** Waits (at most 10 s) until nothing is in flight on the socket: a retransmission timer then goes. */
    private static Timer idle(int localPort, int remotePort) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            var timer = find(localPort, remotePort).orElseThrow(() ->
                    new AssertionError("no TCP socket from port " + localPort + " to port " + remotePort));
            if (timer.timer() != 1 && timer.timer() != 4 || System.nanoTime() > deadline) {
                return timer;
            }
            try {
                Thread.sleep(20); // polling the condition, not waiting for it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static Optional<Timer> find(int localPort, int remotePort) {
        return TABLES.stream().filter(Files::isReadable).flatMap(TcpSockets::lines)
                .map(line -> line.trim().split("\\s+"))
                .filter(fields -> fields.length > 5 && fields[0].endsWith(":"))
                .filter(fields -> port(fields[1]) == localPort && port(fields[2]) == remotePort)
                .map(fields -> {
                    var timer = fields[5].split(":");
                    return new Timer(Integer.parseInt(timer[0], 16),
                            Duration.ofMillis(Long.parseLong(timer[1], 16) * 1000 / TICKS_PER_SECOND));
                })
                .findFirst();
    }

    private static Stream<String> lines(Path table) {
        try {
            return Files.readAllLines(table).stream().skip(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int port(String address) {
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1), 16);
    }
}
