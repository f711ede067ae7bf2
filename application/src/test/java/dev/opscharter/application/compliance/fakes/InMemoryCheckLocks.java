package dev.opscharter.application.compliance.fakes;

import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries.CheckId;
import dev.opscharter.application.compliance.port.out.CheckLocks;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Locks in memory; {@link #holdElsewhere} plays another instance running the check. */
public final class InMemoryCheckLocks implements CheckLocks {

    private final Set<CheckId> held = ConcurrentHashMap.newKeySet();

    @Override
    public Optional<Lease> tryLock(CheckId check) {
        if (!held.add(check)) {
            return Optional.empty();
        }
        return Optional.of(() -> held.remove(check));
    }

    /** Another instance holds the lock until the lease is closed. */
    public Lease holdElsewhere(CheckId check) {
        return tryLock(check).orElseThrow();
    }

    public boolean isHeld(CheckId check) {
        return held.contains(check);
    }
}
