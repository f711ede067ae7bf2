package dev.opscharter.adapters.persistence.targets;

import dev.opscharter.adapters.persistence.testing.PersistenceIntegrationTest;
import dev.opscharter.adapters.persistence.testing.TestDatabase;
import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.targets.port.out.WeeklyReportArchive;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The archive on PostgreSQL, and what the table refuses whoever writes to it, even its owner: changing or
 * removing a written week. (The application's role may not even try: {@code ApplicationRolePrivilegesIT}.)
 */
@PersistenceIntegrationTest
class JdbcWeeklyReportArchiveIT extends WeeklyReportArchiveContract {

    @Autowired
    private WeeklyReportArchive archive;

    private final JdbcClient owner = JdbcClient.create(TestDatabase.ownerDataSource());

    @Override
    protected WeeklyReportArchive archive() {
        return archive;
    }

    @Test
    void two_writers_of_a_week_at_once_one_keeps_its_report_and_the_other_finds_it_written() throws Exception {
        var week = someWeek();
        var start = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(2)) {
            var first = threads.submit(() -> awaitThen(start, () -> archive.keep(report(week, 1))));
            var second = threads.submit(() -> awaitThen(start, () -> archive.keep(report(week, 2))));

            start.countDown();

            assertThat(first.get() ^ second.get()).isTrue();
            var kept = archive.file(week, DocumentFormat.PDF).orElseThrow();
            assertThat(kept).isEqualTo(bytes(60_000, first.get() ? 1 : 2));
        }
    }

    @Test
    void the_database_refuses_to_change_or_remove_a_written_week() {
        var week = someWeek();
        archive.keep(report(week, 1));

        assertThatThrownBy(() -> owner.sql("update target_weekly_report set pdf = :pdf where monday = :monday")
                .param("pdf", bytes(10, 9)).param("monday", week.monday()).update())
                .hasMessageContaining("no update");
        assertThatThrownBy(() -> owner.sql("delete from target_weekly_report where monday = :monday")
                .param("monday", week.monday()).update())
                .hasMessageContaining("no delete");

        assertThat(archive.file(week, DocumentFormat.PDF).orElseThrow()).isEqualTo(bytes(60_000, 1));
    }

    private static boolean awaitThen(CountDownLatch start, BooleanSupplier work) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return work.getAsBoolean();
    }
}
