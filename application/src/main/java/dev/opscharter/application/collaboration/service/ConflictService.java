package dev.opscharter.application.collaboration.service;

import dev.opscharter.application.collaboration.port.in.ConflictQueries;
import dev.opscharter.application.collaboration.port.in.ManageConflicts;
import dev.opscharter.application.collaboration.port.in.NewActionItem;
import dev.opscharter.application.collaboration.port.out.Conflicts;
import dev.opscharter.application.collaboration.port.out.ResolutionPlans;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RecordType;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.collaboration.Conflict;
import dev.opscharter.domain.collaboration.ConflictId;
import dev.opscharter.domain.collaboration.ConflictStep;
import dev.opscharter.domain.collaboration.ResolutionPlan;
import dev.opscharter.domain.collaboration.ResolutionPlanId;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;

import java.util.List;
import java.util.Set;

import static dev.opscharter.domain.collaboration.CollaborationPermission.MANAGE;
import static dev.opscharter.domain.collaboration.CollaborationPermission.READ;

/**
 * The conflict register and its standing plans. The rules live in {@link Conflict} and {@link ResolutionPlan}; this
 * service supplies who acts, the time, the transaction, the version check, the audit entry and the charter that
 * turns follow-ups into work items.
 */
public final class ConflictService implements ManageConflicts, ConflictQueries {

    static final RecordType<ConflictId, Conflict> TYPE = new RecordType<>("Conflict", Conflict::id,
            Conflict::matter, Conflict::snapshot, Conflict::version, ConflictId::toString, ConflictId::parse);
    static final RecordType<ResolutionPlanId, ResolutionPlan> PLAN = new RecordType<>("ResolutionPlan",
            ResolutionPlan::id, ResolutionPlan::name, ResolutionPlan::snapshot, ResolutionPlan::version,
            ResolutionPlanId::toString, ResolutionPlanId::parse);

    private final Conflicts conflicts;
    private final ResolutionPlans plans;
    private final ActionItemWork work;
    private final UseCase uc;

    public ConflictService(Conflicts conflicts, ResolutionPlans plans, ActionItemWork work, UseCase uc) {
        this.conflicts = conflicts;
        this.plans = plans;
        this.work = work;
        this.uc = uc;
    }

    // ---- commands

    @Override
    public ConflictId record(RequestKey request, Set<DepartmentCode> parties, String matter) {
        return uc.create(MANAGE, request, TYPE, conflicts,
                me -> Conflict.record(parties, matter, me, uc.calendar().now()));
    }

    @Override
    public void resolve(ConflictId conflict, String resolution, List<String> agreedBy, long version) {
        uc.change(MANAGE, TYPE, conflicts, conflict, version, AuditAction.UPDATE,
                (me, before) -> before.resolve(resolution, agreedBy, me, uc.calendar().now()));
    }

    @Override
    public void applyPlan(ConflictId conflict, ResolutionPlanId plan, List<String> agreedBy, long version) {
        uc.change(MANAGE, TYPE, conflicts, conflict, version, AuditAction.UPDATE, (me, before) -> before.apply(
                plans.byId(plan).orElseThrow(() -> new NotFound(PLAN.entity(), plan)), agreedBy, me,
                uc.calendar().now()));
    }

    @Override
    public WorkItemId addFollowUp(RequestKey request, ConflictId conflict, NewActionItem item, long version) {
        return work.add(request, MANAGE, TYPE, conflicts, conflict, version, item, Conflict::matter,
                (before, followUp, me) -> before.addFollowUp(followUp, me), Conflict::registered);
    }

    @Override
    public ResolutionPlanId adoptPlan(RequestKey request, String name, String appliesWhen, String approach) {
        return uc.create(MANAGE, request, PLAN, plans, me -> ResolutionPlan.adopt(name, appliesWhen, approach, me));
    }

    @Override
    public void retirePlan(ResolutionPlanId plan, long version) {
        uc.change(MANAGE, PLAN, plans, plan, version, AuditAction.UPDATE, (me, before) -> before.retire(me));
    }

    // ---- queries

    @Override
    public List<Conflict> conflicts(PageRequest page) {
        return uc.read(READ, () -> conflicts.page(page));
    }

    @Override
    public long countConflicts() {
        return uc.read(READ, conflicts::count);
    }

    @Override
    public WithSteps<Conflict, ConflictStep> conflict(ConflictId id) {
        return uc.withSteps(READ, TYPE, conflicts, id, Conflict::allowedSteps);
    }

    @Override
    public List<ResolutionPlan> plans() {
        return uc.read(READ, plans::all);
    }
}
