package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.fakes.InMemoryCheckLocks;
import dev.opscharter.application.compliance.port.out.CheckLocks;
import dev.opscharter.domain.compliance.CheckId;

import java.time.Duration;

class CheckLocksFakeTest extends CheckLocksContract {

    private final InMemoryCheckLocks locks = new InMemoryCheckLocks();

    @Override
    protected CheckLocks locks() {
        return locks;
    }

    @Override
    protected void awaitWaiter(CheckId check) throws InterruptedException {
        locks.awaitWaiter(check, Duration.ofSeconds(10));
    }
}
