package dev.opscharter.application.compliance.service;

import dev.opscharter.application.compliance.port.in.CheckRequests;
import dev.opscharter.application.compliance.port.out.CheckScheduler;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.shared.Role;

import java.util.Optional;

/** Who asked for a check's background run: the background knows (the request travels with the job). */
public final class CheckRequestService implements CheckRequests {

    /** Whoever reads the checks. */
    private static final Role[] READERS = {Role.OPS_DIRECTOR, Role.OPS_MANAGER, Role.OPS_SPECIALIST, Role.AUDITOR};

    private final CheckScheduler scheduler;
    private final CurrentActor actor;

    public CheckRequestService(CheckScheduler scheduler, CurrentActor actor) {
        this.scheduler = scheduler;
        this.actor = actor;
    }

    @Override
    public Optional<String> requestedBy(CheckId check) {
        AccessDenied.unlessAnyOf(actor.get(), READERS);
        return scheduler.requestedBy(check);
    }
}
