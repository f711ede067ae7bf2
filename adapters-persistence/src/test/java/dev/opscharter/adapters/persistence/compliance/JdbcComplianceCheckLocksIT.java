package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.application.compliance.port.out.CheckLocks;
import dev.opscharter.domain.compliance.CheckId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The check locks as PostgreSQL advisory locks, each lease on a connection of its own. */
@PersistenceIntegrationTest
class JdbcComplianceCheckLocksIT extends CheckLocksContract {

    @Autowired
    private CheckLocks locks;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private JdbcClient jdbc;

    @Override
    protected CheckLocks locks() {
        return locks;
    }

    private static long key(CheckId check) {
        return Integer.toUnsignedLong(Long.hashCode(check.value().getMostSignificantBits()
                ^ check.value().getLeastSignificantBits()));
    }

    /** Until the server shows a session queued for the check's advisory lock (bounded). */
    @Override
    protected void awaitWaiter(CheckId check) {
        long key = key(check);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (jdbc.sql("""
                        select count(*) from pg_locks
                        where locktype = 'advisory' and classid = 7 and objid = (:key)::oid and not granted""")
                .param("key", key).query(Integer.class).single() == 0) {
            assertThat(System.nanoTime()).as("a session waits for the lock of %s", check).isLessThan(deadline);
        }
    }

    @Test
    void waiting_leaves_the_connections_lock_timeout_as_it_was_whether_it_got_the_lock_or_not() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            var before = lockTimeout(connection);
            var onThisConnection = new JdbcComplianceCheckLocks(new SingleConnectionDataSource(connection, true));
            var check = CheckId.random();

            try (var held = locks.tryLock(check).orElseThrow()) {
                assertThat(onThisConnection.lock(check, Duration.ofMillis(100))).isEmpty();
            }
            assertThat(lockTimeout(connection)).isEqualTo(before);
            assertThat(connection.getAutoCommit()).isTrue();

            try (var lease = onThisConnection.lock(check, Duration.ofSeconds(5)).orElseThrow()) {
                assertThat(lockTimeout(connection)).as("while the lease holds the lock").isEqualTo(before);
                assertThat(connection.getAutoCommit()).isTrue();
            }
            assertThat(locks.tryLock(check)).as("released").hasValueSatisfying(CheckLocks.Lease::close);
        }
    }

    @Test
    void the_patience_becomes_whole_milliseconds_and_never_no_timeout_at_all() {
        assertThat(AdvisoryLocks.timeoutMillis(Duration.ofNanos(1))).isEqualTo(1);
        assertThat(AdvisoryLocks.timeoutMillis(Duration.ofMillis(1500))).isEqualTo(1500);
        assertThat(AdvisoryLocks.timeoutMillis(Duration.ofMillis(1500).plusNanos(1))).isEqualTo(1501);
        assertThat(AdvisoryLocks.timeoutMillis(Duration.ofDays(365))).isEqualTo(Integer.MAX_VALUE);
    }

    private static String lockTimeout(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery("show lock_timeout")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** An instance that dies mid-run (its session ends) leaves the lock free: nothing waits for a lease to expire. */
    @Test
    void the_lock_of_a_holder_whose_session_ended_is_free_at_once_and_its_lease_closes_quietly() {
        var check = CheckId.random();
        var lease = locks.tryLock(check).orElseThrow();
        int holder = jdbc.sql("""
                        select pid from pg_locks
                        where locktype = 'advisory' and classid = 7 and objid = (:key)::oid and granted""")
                .param("key", key(check)).query(Integer.class).single();

        assertThat(jdbc.sql("select pg_terminate_backend(:pid, 10000)").param("pid", holder)
                .query(Boolean.class).single()).isTrue();

        assertThat(locks.tryLock(check)).as("free once the holder is gone").hasValueSatisfying(CheckLocks.Lease::close);
        lease.close();
    }
}
