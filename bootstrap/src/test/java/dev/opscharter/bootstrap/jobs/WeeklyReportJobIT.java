package dev.opscharter.bootstrap.jobs;

import dev.opscharter.application.shared.BusinessCalendar;
import dev.opscharter.application.targets.port.out.WeeklyReportArchive;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.targets.IsoWeek;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The weekly report's job and its trigger, on the real JobRunr storage and PostgreSQL. */
@OpsCharterSpringTest
class WeeklyReportJobIT {

    @Autowired
    StorageProvider jobStorage;
    @Autowired
    WeeklyReportJob job;
    @Autowired
    WeeklyReportArchive archive;
    @Autowired
    BusinessCalendar calendar;

    @Test
    void the_trigger_is_registered_for_monday_seven_in_the_organization_time_zone() {
        var recurring = jobStorage.getRecurringJobs().stream()
                .filter(j -> j.getId().equals(WeeklyReportJob.ID)).findFirst();
        assertThat(recurring).isPresent();
        assertThat(recurring.get().getZoneId()).isEqualTo("Asia/Shanghai");
        assertThat(recurring.get().getScheduleExpression()).isEqualTo("0 7 * * 1");
        assertThat(recurring.get().getJobDetails().getClassName()).isEqualTo(WeeklyReportJob.class.getName());
    }

    @Test
    void the_job_writes_last_week_once_and_a_rerun_writes_nothing() {
        job.run();
        var lastWeek = IsoWeek.lastEndedOn(calendar.today());
        var written = archive.written(lastWeek).orElseThrow();
        long count = archive.count();

        job.run();

        assertThat(archive.count()).isEqualTo(count);
        assertThat(archive.written(lastWeek)).contains(written);
        assertThat(written.writtenBy()).isEqualTo("scheduled");
    }
}
