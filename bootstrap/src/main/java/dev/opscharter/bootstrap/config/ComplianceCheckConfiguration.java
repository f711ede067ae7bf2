package dev.opscharter.bootstrap.config;

import dev.opscharter.application.compliance.port.out.CheckLocks;
import dev.opscharter.application.compliance.port.out.CheckScheduler;
import dev.opscharter.application.compliance.port.out.ComplianceChecks;
import dev.opscharter.application.compliance.port.out.ExecutionRecords;
import dev.opscharter.application.compliance.port.out.ProcessManual;
import dev.opscharter.application.compliance.service.CheckFindingHistory;
import dev.opscharter.application.compliance.service.CheckRequestService;
import dev.opscharter.application.compliance.service.ComplianceCheckService;
import dev.opscharter.application.compliance.service.InspectionReportService;
import dev.opscharter.application.shared.RunHeartbeat;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.bootstrap.jobs.ComplianceCheckJob;
import dev.opscharter.domain.compliance.CheckId;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.navigation.AmountRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The compliance check (SPEC §4) meets its adapters: the manual, the execution records, the
 * results store and its lock, and JobRunr for runs asked for from the page.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RunProperties.class)
public class ComplianceCheckConfiguration {

    @Bean
    ComplianceCheckService complianceCheckService(ProcessManual manual, @Lazy ExecutionRecords records,
                                                  ComplianceChecks checks, CheckLocks locks,
                                                  CheckScheduler scheduler, UseCase useCase,
                                                  InspectionReportService reports, RunHeartbeat heartbeat) {
        return new ComplianceCheckService(manual, records, checks, locks, scheduler, useCase, reports, heartbeat);
    }

    /**
     * This instance's heartbeat of long runs, named by host and process so that the operator can tell
     * which instance ran what.
     */
    @Bean
    RunHeartbeat runHeartbeat(RunProperties properties, Clock clock) {
        var host = System.getenv().getOrDefault("HOSTNAME", "localhost");
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException unknown) {
            // the environment's name will do
        }
        var instance = host + ":" + ProcessHandle.current().pid();
        return new RunHeartbeat(instance.length() > 120 ? instance.substring(0, 120) : instance,
                properties.heartbeatEvery(), properties.heartbeatTimeout(), clock);
    }

    /** Rectification asks the check results whether a deviation recurred in the next period. */
    @Bean
    CheckFindingHistory checkFindingHistory(ComplianceChecks checks) {
        return new CheckFindingHistory(checks);
    }

    @Bean
    CheckScheduler complianceCheckScheduler(JobScheduler jobs, StorageProvider storage) {
        return new JobRunrCheckScheduler(jobs, storage);
    }

    @Bean
    CheckRequestService checkRequestService(CheckScheduler scheduler, UseCase useCase) {
        return new CheckRequestService(scheduler, useCase);
    }

    /**
     * Queues {@link ComplianceCheckJob#runQueued} for the check with the user who asked for it; the page
     * follows the check's state, and asks who that was while the job waits or runs (JobRunr keeps the
     * job with its arguments in its tables, which every instance shares).
     */
    static final class JobRunrCheckScheduler implements CheckScheduler {

        /** Where a job asked for waits or runs: a retry after a dead instance is SCHEDULED first. */
        private static final List<StateName> PENDING = List.of(StateName.PROCESSING, StateName.ENQUEUED,
                StateName.SCHEDULED, StateName.AWAITING);
        /** Checks are few; a backlog longer than this in one state leaves the requester unnamed. */
        private static final int LOOK_AT_MOST = 500;
        private static final String RUN_QUEUED = "runQueued";

        private final JobScheduler jobs;
        private final StorageProvider storage;

        JobRunrCheckScheduler(JobScheduler jobs, StorageProvider storage) {
            this.jobs = jobs;
            this.storage = storage;
        }

        @Override
        public void enqueue(CheckId check, String requestedBy) {
            String id = check.toString();
            jobs.<ComplianceCheckJob>enqueue(job -> job.runQueued(id, requestedBy));
        }

        @Override
        public Optional<String> requestedBy(CheckId check) {
            var id = check.toString();
            return PENDING.stream()
                    .flatMap(state -> storage.getJobList(state, new AmountRequest("updatedAt:DESC", LOOK_AT_MOST))
                            .stream())
                    .map(job -> job.getJobDetails())
                    .filter(details -> details.getClassName().equals(ComplianceCheckJob.class.getName())
                            && details.getMethodName().equals(RUN_QUEUED))
                    .map(details -> details.getJobParameterValues())
                    .filter(arguments -> arguments.length == 2 && id.equals(arguments[0]))
                    .map(arguments -> String.valueOf(arguments[1]))
                    .findFirst();
        }
    }
}
