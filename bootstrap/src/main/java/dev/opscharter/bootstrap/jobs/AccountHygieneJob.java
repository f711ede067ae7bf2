package dev.opscharter.bootstrap.jobs;

import dev.opscharter.application.organization.port.in.AccountHygiene;
import dev.opscharter.bootstrap.security.SystemTasks;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The job JobRunr runs: the use case, as the system actor. */
@Component
public class AccountHygieneJob {

    private static final Logger log = LoggerFactory.getLogger(AccountHygieneJob.class);

    private final AccountHygiene hygiene;

    AccountHygieneJob(AccountHygiene hygiene) {
        this.hygiene = hygiene;
    }

    @Job(name = "Disable the accounts of people who have left")
    public void run() {
        int disabled = SystemTasks.asSystem(hygiene::disableAccountsOfLeavers);
        log.info("account hygiene: {} account(s) of leavers disabled", disabled);
    }
}
