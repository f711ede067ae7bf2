package dev.opscharter.bootstrap.jobs;

import dev.opscharter.application.risks.port.in.RecordRiskFigures;
import dev.opscharter.application.risks.port.in.RunRiskReviews;
import dev.opscharter.application.shared.BusinessCalendar;
import dev.opscharter.bootstrap.security.SystemTasks;
import dev.opscharter.domain.charter.WorkItemId;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.List;

/**
 * The risk register's daily run as JobRunr runs it, as the schedule (audited as "scheduled"); its trigger is in
 * {@link JobTriggers}. It schedules the reviews that are due — the month just ended, and the quarter when that
 * month closed one — as work items routed by the charter to whoever identifies operational risks, and judges
 * the indicators fed by a metric on the month just ended. Only an ended month is judged: a month still running
 * has a partial figure (a sum, a "below" threshold) that would raise a plan for nothing; checking it daily
 * catches actuals imported late. Safe twice and after a crash: each review's work item is registered once per
 * period (a request key of the period) and each breach raises its plan once (the use case's key of risk,
 * indicator and month), each in its own transaction.
 */
@Component
public class RiskRegisterJob {

    static final String ID = "risk-register-daily";
    /** minute hour day-of-month month day-of-week: every day at 06:00 */
    static final String DAILY_AT_6 = "0 6 * * *";

    private static final Logger log = LoggerFactory.getLogger(RiskRegisterJob.class);

    private final RunRiskReviews reviews;
    private final RecordRiskFigures figures;
    private final BusinessCalendar calendar;

    RiskRegisterJob(RunRiskReviews reviews, RecordRiskFigures figures, BusinessCalendar calendar) {
        this.reviews = reviews;
        this.figures = figures;
        this.calendar = calendar;
    }

    @Job(name = "Risk register: due reviews and metric-fed indicators", retries = 2)
    public void run() {
        var scheduled = SystemTasks.asScheduled(this::scheduleDueReviews);
        var month = YearMonth.from(calendar.today()).minusMonths(1);
        var breaches = SystemTasks.asScheduled(() -> figures.checkMetricIndicators(month));
        log.info("risk register: {} review(s) due {}, {} breach(es) of metric-fed indicators in {}",
                scheduled.size(), scheduled, breaches.size(), month);
    }

    /** A work item for each review due, the same one however often asked (the use case's key of the period). */
    List<WorkItemId> scheduleDueReviews() {
        return reviews.scheduleDue();
    }
}
