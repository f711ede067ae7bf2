package dev.opscharter.application.compliance.service;

import dev.opscharter.application.compliance.port.in.CheckRequests;
import dev.opscharter.application.compliance.port.out.CheckScheduler;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.domain.compliance.CheckId;

import java.util.Optional;

import static dev.opscharter.domain.compliance.CompliancePermission.READ;

/** Who asked for a check's background run: the background knows (the request travels with the job). */
public final class CheckRequestService implements CheckRequests {

    private final CheckScheduler scheduler;
    private final UseCase uc;

    public CheckRequestService(CheckScheduler scheduler, UseCase uc) {
        this.scheduler = scheduler;
        this.uc = uc;
    }

    @Override
    public Optional<String> requestedBy(CheckId check) {
        uc.require(READ);
        return scheduler.requestedBy(check);
    }
}
