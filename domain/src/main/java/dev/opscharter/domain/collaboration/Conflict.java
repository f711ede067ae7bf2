package dev.opscharter.domain.collaboration;

import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.shared.Step;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A conflict between departments (部门冲突, e.g. Sales and Customer Service on a customer need, Finance and
 * Operations on cost accounting): the parties, the matter, the resolution they agreed and who agreed it, whether a
 * standing {@link ResolutionPlan} settled it, and the follow-up items that become charter work items.
 */
public record Conflict(ConflictId id, Set<DepartmentCode> parties, String matter, Optional<Resolution> resolution,
                       List<ActionItem> followUps, String raisedBy, Instant raisedAt, long version) {

    public static final int MAX_MATTER = 2000;

    /**
     * @param agreedBy the people who agreed it for their departments
     * @param plan the standing plan applied, if it was one
     */
    public record Resolution(String text, List<String> agreedBy, Optional<ResolutionPlanId> plan, String recordedBy,
                             Instant at) {
        public Resolution {
            text = Require.text(text, "resolution", ResolutionPlan.MAX_TEXT);
            agreedBy = agreedBy.stream().map(name -> Require.text(name, "agreedBy", 100)).distinct().toList();
            if (agreedBy.isEmpty()) {
                throw new InvalidValue("agreedBy", "validation.required");
            }
            Objects.requireNonNull(plan, "plan");
            recordedBy = Require.text(recordedBy, "recordedBy", 100);
            Objects.requireNonNull(at, "at");
        }
    }

    public Conflict {
        Objects.requireNonNull(id, "id");
        parties = Departments.atLeast(2, parties, "parties");
        matter = Require.text(matter, "matter", MAX_MATTER);
        Objects.requireNonNull(resolution, "resolution");
        followUps = List.copyOf(followUps);
        raisedBy = Require.text(raisedBy, "raisedBy", 100);
        Objects.requireNonNull(raisedAt, "raisedAt");
    }

    public static Conflict record(Set<DepartmentCode> parties, String matter, Actor by, Instant at) {
        Refusal.enforce(Guards.manager(by));
        return new Conflict(ConflictId.random(), parties, matter, Optional.empty(), List.of(), by.name(), at, 0);
    }

    public Conflict withVersion(long next) {
        return new Conflict(id, parties, matter, resolution, followUps, raisedBy, raisedAt, next);
    }

    public boolean isResolved() {
        return resolution.isPresent();
    }

    public boolean involves(DepartmentCode department) {
        return parties.contains(department);
    }

    // ---- steps

    public List<Step<ConflictStep>> allowedSteps(Actor by) {
        if (!by.may(CollaborationPermission.MANAGE)) {
            return List.of();
        }
        return List.of(ConflictStep.values()).stream().map(step -> Step.of(step, guard(step, by))).toList();
    }

    public void requireStep(ConflictStep step, Actor by) {
        Refusal.enforce(guard(step, by));
    }

    // ---- transitions

    public Conflict resolve(String text, List<String> agreedBy, Actor by, Instant at) {
        requireStep(ConflictStep.RESOLVE, by);
        return resolved(new Resolution(text, agreedBy, Optional.empty(), by.name(), at));
    }

    /** Resolves the conflict as the standing plan says; the plan's approach becomes the agreed resolution. */
    public Conflict apply(ResolutionPlan plan, List<String> agreedBy, Actor by, Instant at) {
        requireStep(ConflictStep.APPLY_PLAN, by);
        if (!plan.active()) {
            throw Refusal.of("rule.collaboration.plan-retired", plan.name()).violation();
        }
        return resolved(new Resolution(plan.approach(), agreedBy, Optional.of(plan.id()), by.name(), at));
    }

    public Conflict addFollowUp(ActionItem item, Actor by) {
        requireStep(ConflictStep.ADD_FOLLOW_UP, by);
        var next = new ArrayList<>(followUps);
        next.add(item);
        return new Conflict(id, parties, matter, resolution, next, raisedBy, raisedAt, version);
    }

    /** The follow-up as registered with the charter. */
    public Conflict registered(ActionItemId item, WorkItemId workItem) {
        var next = followUps.stream().map(each -> each.id().equals(item) ? each.registeredAs(workItem) : each)
                .toList();
        return new Conflict(id, parties, matter, resolution, next, raisedBy, raisedAt, version);
    }

    private Conflict resolved(Resolution agreed) {
        return new Conflict(id, parties, matter, Optional.of(agreed), followUps, raisedBy, raisedAt, version);
    }

    // ---- guards

    private Optional<Refusal> guard(ConflictStep step, Actor by) {
        return switch (step) {
            case RESOLVE, APPLY_PLAN -> Guards.manager(by).or(() -> isResolved()
                    ? Refusal.because("rule.collaboration.conflict-resolved") : Optional.empty());
            case ADD_FOLLOW_UP -> Guards.manager(by);
        };
    }

    /** The conflict's fields as an auditor reads them. */
    public Map<String, String> snapshot() {
        var snapshot = new LinkedHashMap<String, String>();
        snapshot.put("parties", Departments.describe(parties));
        snapshot.put("matter", matter);
        resolution.ifPresent(r -> {
            snapshot.put("resolution", r.text());
            snapshot.put("agreedBy", String.join(", ", r.agreedBy()));
            r.plan().ifPresent(plan -> snapshot.put("plan", plan.toString()));
        });
        snapshot.put("followUps", String.join("; ", followUps.stream().map(ActionItem::describe).toList()));
        return snapshot;
    }
}
