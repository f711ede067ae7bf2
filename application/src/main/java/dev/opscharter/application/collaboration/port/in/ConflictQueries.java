package dev.opscharter.application.collaboration.port.in;

import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.domain.collaboration.Conflict;
import dev.opscharter.domain.collaboration.ConflictId;
import dev.opscharter.domain.collaboration.ConflictStep;
import dev.opscharter.domain.collaboration.ResolutionPlan;

import java.util.List;

/** The conflict register as everyone who reads collaboration sees it ({@code CollaborationPermission.READ}). */
public interface ConflictQueries {

    List<Conflict> conflicts(PageRequest page);

    long countConflicts();

    WithSteps<Conflict, ConflictStep> conflict(ConflictId id);

    /** The plans a new conflict can apply, and the retired ones. */
    List<ResolutionPlan> plans();
}
