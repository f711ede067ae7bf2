package dev.opscharter.bootstrap.config;

import dev.opscharter.application.compliance.port.out.CheckScheduler;
import dev.opscharter.bootstrap.testing.OpsCharterSpringTest;
import dev.opscharter.domain.compliance.CheckId;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.JobState;
import org.jobrunr.jobs.states.ProcessingState;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.jobs.states.SucceededState;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.navigation.AmountRequest;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scheduler production uses: JobRunr with its tables in PostgreSQL. This context runs no job
 * server, so the test moves the check's jobs through the states a server would.
 */
@OpsCharterSpringTest
class JobRunrCheckSchedulerIT extends CheckSchedulerContract {

    private static final UUID SERVER = UUID.randomUUID();

    @Autowired
    private CheckScheduler scheduler;

    @Autowired
    private StorageProvider storage;

    @Override
    protected CheckScheduler scheduler() {
        return scheduler;
    }

    @Override
    protected void startRunning(CheckId check) {
        jobsOf(check, StateName.ENQUEUED).forEach(job -> save(job, new ProcessingState(SERVER, "test-server")));
    }

    @Override
    protected void finishRuns(CheckId check) {
        startRunning(check);
        jobsOf(check, StateName.PROCESSING).forEach(job -> save(job, new SucceededState(Duration.ZERO, Duration.ZERO)));
    }

    private List<Job> jobsOf(CheckId check, StateName state) {
        return storage.getJobList(state, new AmountRequest("updatedAt:DESC", 10_000)).stream()
                .filter(job -> job.getJobDetails().getJobParameters().stream()
                        .anyMatch(p -> check.toString().equals(p.getObject())))
                .toList();
    }

    /** The job with one more state, as a server saves it (JobRunr's own transitions need a running server). */
    private void save(Job job, JobState next) {
        var states = new ArrayList<>(job.getJobStates());
        states.add(next);
        storage.save(new Job(job.getId(), job.getVersion(), job.getJobDetails(), states,
                new ConcurrentHashMap<>(job.getMetadata())));
    }
}
