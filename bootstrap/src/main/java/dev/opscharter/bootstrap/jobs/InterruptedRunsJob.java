package dev.opscharter.bootstrap.jobs;

import dev.opscharter.application.compliance.port.in.RecoverInterruptedRuns;
import dev.opscharter.bootstrap.security.SystemTasks;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.scheduling.cron.Cron;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Marks FAILED the checks and imports a crash interrupted (issue 11 §2): once at start, before
 * users arrive (so after a restart nothing stays RUNNING), then every minute through JobRunr (so
 * with several instances a run whose instance died is failed within a minute of its lock being
 * freed, or of its heartbeat timing out).
 */
@Component
public class InterruptedRunsJob {

    static final String ID = "interrupted-runs";
    private static final Logger log = LoggerFactory.getLogger(InterruptedRunsJob.class);

    private final List<RecoverInterruptedRuns> recoveries;

    InterruptedRunsJob(List<RecoverInterruptedRuns> recoveries) {
        this.recoveries = recoveries;
    }

    @Job(name = "Mark interrupted runs failed", retries = 0)
    public void run() {
        for (var recovery : recoveries) {
            int recovered = SystemTasks.asSystem(recovery::recoverInterrupted);
            if (recovered > 0) {
                log.warn("{} interrupted run(s) marked FAILED by {}", recovered, recovery.getClass().getSimpleName());
            }
        }
    }

    /** First of the start-up runners: nothing that starts runs at start sees a stale RUNNING. */
    @Component
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Trigger implements ApplicationRunner {

        private final InterruptedRunsJob job;
        private final JobScheduler scheduler;

        Trigger(InterruptedRunsJob job, JobScheduler scheduler) {
            this.job = job;
            this.scheduler = scheduler;
        }

        @Override
        public void run(ApplicationArguments args) {
            job.run();
            scheduler.<InterruptedRunsJob>scheduleRecurrently(ID, Cron.minutely(), InterruptedRunsJob::run);
        }
    }
}
