package dev.opscharter.bootstrap.jobs;

import dev.opscharter.application.targets.port.in.WeeklyReports;
import dev.opscharter.bootstrap.security.SystemTasks;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The weekly operations data report (运营数据周报) as JobRunr runs it, as the schedule (audited as
 * "scheduled"). Its trigger ({@link JobTriggers}) runs it every Monday at 07:00 in the organization's time
 * zone, before anyone starts work, for the week that ended on Sunday. The use case writes a week once and
 * catches up the weeks missed while the server was down (at most four), so a retry, a rerun from the
 * dashboard or a second instance writes nothing twice.
 */
@Component
public class WeeklyReportJob {

    static final String ID = "weekly-operations-report";
    /** minute hour day-of-month month day-of-week: Mondays at 07:00 */
    static final String MONDAYS_AT_7 = "0 7 * * 1";

    private static final Logger log = LoggerFactory.getLogger(WeeklyReportJob.class);

    private final WeeklyReports reports;

    WeeklyReportJob(WeeklyReports reports) {
        this.reports = reports;
    }

    @Job(name = "Weekly operations data report", retries = 2)
    public void run() {
        var written = SystemTasks.asScheduled(reports::writeDue);
        log.info("weekly report: {} week(s) written {}", written.size(), written);
    }
}
