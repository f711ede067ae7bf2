package dev.opscharter.bootstrap.config;

import com.zaxxer.hikari.HikariDataSource;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.bootstrap.testing.TcpSockets;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * With an external database ({@code spring.datasource.url}, as the tests run) the application's
 * connections probe the server too (pgjdbc's {@code tcpKeepAlive}), so a connection to a database host
 * that vanished ends instead of hanging. Linux shows it as the keepalive timer armed on the socket.
 */
@OpsCharterSpringTest
class ConnectionKeepAliveIT {

    @Autowired
    DataSource dataSource;

    @Test
    void the_applications_connections_have_keepalive_on() throws Exception {
        var pool = (HikariDataSource) dataSource;
        assertThat(pool.getDataSourceProperties()).containsEntry("tcpKeepAlive", "true");
        assumeTrue(TcpSockets.available(), "Linux's /proc/net/tcp shows the socket's timers");
        try (var connection = pool.getConnection()) {
            assertThat(TcpSockets.client(TcpSockets.Ends.of(connection)).timer()).isEqualTo(TcpSockets.KEEPALIVE);
        }
    }

    /** What the check above tells apart: pgjdbc's default, no keepalive, no timer on an idle socket. */
    @Test
    void a_connection_without_keepalive_has_no_timer_armed() throws Exception {
        assumeTrue(TcpSockets.available(), "Linux's /proc/net/tcp shows the socket's timers");
        var pool = (HikariDataSource) dataSource;
        var plain = new PGSimpleDataSource();
        plain.setURL(pool.getJdbcUrl());
        plain.setUser(pool.getUsername());
        plain.setPassword(pool.getPassword());
        try (var connection = plain.getConnection()) {
            assertThat(TcpSockets.client(TcpSockets.Ends.of(connection)).timer()).isZero();
        }
    }
}
