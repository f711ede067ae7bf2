package dev.opscharter.bootstrap.seed;

import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.targets.port.in.WeeklyReports;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.targets.IsoWeek;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Demo mode: the weekly reports of the last {@value WeeklyReports#CATCH_UP} weeks are written as the Monday job
 * would have written them, so the managers find them in their inboxes and on {@code /targets/weekly} on the
 * first start, not on the next Monday. After the targets and their actuals ({@link DemoTargets}); only into an
 * empty archive.
 */
@Component
@Order(8)
@ConditionalOnBooleanProperty("opscharter.demo")
class DemoWeeklyReports implements ApplicationRunner {

    private final WeeklyReports reports;
    private final SettingsStore settings;
    private final Clock clock;

    DemoWeeklyReports(WeeklyReports reports, SettingsStore settings, Clock clock) {
        this.reports = reports;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var today = LocalDate.ofInstant(clock.instant(), settings.load().timeZone());
        SystemTasks.asScheduled(() -> {
            if (reports.countWeeks() > 0) {
                return 0;
            }
            var week = IsoWeek.lastEndedOn(today);
            for (int i = 1; i < WeeklyReports.CATCH_UP; i++) {
                week = week.previous();
            }
            int written = 0;
            for (int i = 0; i < WeeklyReports.CATCH_UP; i++, week = week.next()) {
                written += reports.write(week) ? 1 : 0;
            }
            return written;
        });
    }
}
