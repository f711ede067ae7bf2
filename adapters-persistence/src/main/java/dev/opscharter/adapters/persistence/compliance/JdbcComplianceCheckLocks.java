package dev.opscharter.adapters.persistence.compliance;

import dev.opscharter.application.compliance.port.out.CheckLocks;
import dev.opscharter.domain.compliance.CheckId;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Optional;

/** The lock of a check: an {@link AdvisoryLocks advisory lock} in namespace 7 (the migration of the checks). */
@Component
class JdbcComplianceCheckLocks implements CheckLocks {

    private static final int NAMESPACE = 7;

    private final AdvisoryLocks locks;

    JdbcComplianceCheckLocks(DataSource dataSource) {
        this.locks = new AdvisoryLocks(dataSource, NAMESPACE);
    }

    @Override
    public Optional<Lease> tryLock(CheckId check) {
        return locks.tryLock(check.value()).map(release -> release::run);
    }

    @Override
    public Optional<Lease> lock(CheckId check, Duration patience) {
        return locks.lock(check.value(), patience).map(release -> release::run);
    }
}
