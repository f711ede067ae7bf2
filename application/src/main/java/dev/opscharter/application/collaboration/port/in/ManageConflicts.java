package dev.opscharter.application.collaboration.port.in;

import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.collaboration.ConflictId;
import dev.opscharter.domain.collaboration.ResolutionPlanId;
import dev.opscharter.domain.organization.DepartmentCode;

import java.util.List;
import java.util.Set;

/**
 * The conflict register and its standing resolution plans, kept by managers and the director
 * ({@code CollaborationPermission.MANAGE}). Every change names the version the user saw.
 */
public interface ManageConflicts {

    /** Records a conflict once per request. */
    ConflictId record(RequestKey request, Set<DepartmentCode> parties, String matter);

    /** @param agreedBy the people who agreed it for their departments */
    void resolve(ConflictId conflict, String resolution, List<String> agreedBy, long version);

    /** Resolves the conflict by a standing plan, whose approach becomes the agreed resolution. */
    void applyPlan(ConflictId conflict, ResolutionPlanId plan, List<String> agreedBy, long version);

    /** Adds a follow-up and registers it as a charter work item, once per request. */
    WorkItemId addFollowUp(RequestKey request, ConflictId conflict, NewActionItem item, long version);

    /** Adopts a standing plan once per request. */
    ResolutionPlanId adoptPlan(RequestKey request, String name, String appliesWhen, String approach);

    void retirePlan(ResolutionPlanId plan, long version);
}
