package dev.opscharter.domain.charter;

import dev.opscharter.domain.charter.BoundaryDecision.Own;
import dev.opscharter.domain.charter.BoundaryDecision.Participate;
import dev.opscharter.domain.charter.BoundaryDecision.Redirect;
import dev.opscharter.domain.shared.BusinessDate;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.Step;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A task, request, action or escalation, routed by the charter when it is registered. The routing
 * decision (and the charter line it cites) stays with the item; who may finish it follows from it:
 * Operations finishes its own work; redirected work is finished by the owning department's lead;
 * work reserved for management or another department's approval is only done once signed off.
 */
public record WorkItem(WorkItemId id, WorkItemKind kind, String title, String description, DutyType dutyType,
                       BoundaryDecision decision, WorkItemStatus status, String raisedBy, Instant raisedAt,
                       Optional<LocalDate> dueOn, Optional<SignOff> signOff, Optional<String> closedBy,
                       Optional<Instant> closedAt, String outcome, long version) {

    public static final int MAX_TITLE = 150;
    public static final int MAX_TEXT = 2000;

    public WorkItem {
        Objects.requireNonNull(id);
        Require.present(kind, "kind");
        title = Require.text(title, "title", MAX_TITLE);
        description = optionalText(description, "description");
        Objects.requireNonNull(dutyType);
        Objects.requireNonNull(decision);
        Objects.requireNonNull(status);
        raisedBy = Require.text(raisedBy, "raisedBy", 80);
        Objects.requireNonNull(raisedAt);
        Objects.requireNonNull(dueOn);
        dueOn.ifPresent(day -> BusinessDate.check(day, "dueOn"));
        Objects.requireNonNull(signOff);
        outcome = optionalText(outcome, "outcome");
    }

    /** Registers new work as the policy routes it. */
    public static WorkItem register(WorkItemKind kind, String title, String description, DutyType type,
                                    Optional<LocalDate> dueOn, BoundaryPolicy policy, String raisedBy, Instant at) {
        var decision = policy.decide(type);
        var status = decision instanceof Redirect(var owner, var citation, var signOff) && signOff.isEmpty()
                ? WorkItemStatus.HANDED_OVER : WorkItemStatus.OPEN;
        return new WorkItem(WorkItemId.random(), kind, title, description, type, decision, status, raisedBy, at,
                dueOn, Optional.empty(), Optional.empty(), Optional.empty(), "", 0);
    }

    public boolean needsSignOff() {
        return decision instanceof Redirect redirect && redirect.signOff().isPresent();
    }

    public boolean isRedirected() {
        return decision instanceof Redirect;
    }

    /** The roles {@link #awaits} can ever answer yes for: a department's lead, the director. */
    public static final Set<Role> AWAITED_ROLES = Set.of(Role.DEPARTMENT_LEAD, Role.OPS_DIRECTOR);

    /**
     * Whether the item waits for {@code who} to act: handed over to the department they lead, or
     * waiting for a sign-off they may give. What Operations itself has open is its own list, not a
     * wait on someone.
     */
    public boolean awaits(Participant who) {
        return switch (status) {
            case HANDED_OVER -> completion(who).isEmpty();
            case AWAITING_SIGN_OFF -> signOffDecision(who).isEmpty();
            case OPEN, DONE, CANCELLED -> false;
        };
    }

    /**
     * What {@code who} may do next, from the guards the transitions use. Complete is shown blocked to
     * Operations when the charter puts it in other hands (a sign-off, another department), so they see
     * why; every other refused step is not theirs or not for this state, and is left out.
     */
    public List<Step<WorkItemStep>> allowedSteps(Participant who) {
        var steps = new ArrayList<Step<WorkItemStep>>();
        var completion = completion(who);
        if (completion.isEmpty() || (!status.isClosed() && status != WorkItemStatus.AWAITING_SIGN_OFF
                && who.isOperations())) {
            steps.add(Step.of(WorkItemStep.COMPLETE, completion));
        }
        if (signOffRequest(who).isEmpty()) {
            steps.add(Step.open(WorkItemStep.REQUEST_SIGN_OFF));
        }
        if (signOffDecision(who).isEmpty()) {
            steps.add(Step.open(WorkItemStep.APPROVE));
            steps.add(Step.open(WorkItemStep.REJECT));
        }
        if (cancellation(who).isEmpty()) {
            steps.add(Step.open(WorkItemStep.CANCEL));
        }
        return List.copyOf(steps);
    }

    /** Finishes the work; refused when the charter puts it in someone else's hands. */
    public WorkItem complete(Participant who, String note, Instant at, long expectedVersion) {
        Refusal.enforce(completion(who));
        return close(WorkItemStatus.DONE, who, note, at, signOff, expectedVersion);
    }

    /** Operations has prepared reserved work and asks the authority the charter names to sign it. */
    public WorkItem requestSignOff(Participant who, long expectedVersion) {
        Refusal.enforce(signOffRequest(who));
        return with(WorkItemStatus.AWAITING_SIGN_OFF, signOff, closedBy, closedAt, outcome, expectedVersion);
    }

    /** The authority's decision: approval finishes the item, a refusal sends it back to Operations. */
    public WorkItem decideSignOff(Participant who, boolean approve, String comment, Instant at, long expectedVersion) {
        Refusal.enforce(signOffDecision(who));
        var authority = ((Redirect) decision).signOff().orElseThrow();
        if (!approve && (comment == null || comment.isBlank())) {
            throw new InvalidValue("comment", "validation.required");
        }
        var remark = optionalText(comment, "comment");
        var decisionRecord = Optional.of(new SignOff(approve, who.name(), authority.role(), at, remark));
        return approve
                ? close(WorkItemStatus.DONE, who, comment, at, decisionRecord, expectedVersion)
                : with(WorkItemStatus.OPEN, decisionRecord, closedBy, closedAt, outcome, expectedVersion);
    }

    /** Withdraws work that is no longer needed; the one who raised it or Operations may. */
    public WorkItem cancel(Participant who, String reason, Instant at, long expectedVersion) {
        Refusal.enforce(cancellation(who));
        if (reason == null || reason.isBlank()) {
            throw new InvalidValue("outcome", "validation.required");
        }
        return close(WorkItemStatus.CANCELLED, who, reason, at, signOff, expectedVersion);
    }

    public Map<String, String> snapshot() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("kind", kind.name());
        fields.put("title", title);
        fields.put("dutyType", dutyType.code());
        fields.put("involvement", decision.involvement().name());
        decision.department().ifPresent(d -> fields.put("department", d.toString()));
        fields.put("charterVersion", Integer.toString(decision.citation().charterVersion()));
        fields.put("status", status.name());
        dueOn.ifPresent(d -> fields.put("dueOn", d.toString()));
        signOff.ifPresent(s -> fields.put("signOff", (s.approved() ? "APPROVED " : "REJECTED ") + s.by()));
        if (!outcome.isEmpty()) {
            fields.put("outcome", outcome);
        }
        return fields;
    }

    // ---- guards: each transition and the step list ask the same one

    private Optional<Refusal> completion(Participant who) {
        return stillOpen().or(() -> switch (decision) {
            case Own own -> operationsOnly(who);
            case Participate participate -> who.isOperations() || who.leads(participate.lead())
                    ? Optional.empty() : Refusal.because("rule.work-item.not-involved");
            case Redirect redirect when redirect.signOff().isPresent() ->
                    Refusal.because("rule.work-item.needs-sign-off." + redirect.signOff().get().key());
            case Redirect redirect -> who.leads(redirect.owner())
                    ? Optional.empty() : Refusal.because("rule.work-item.owned-by-other");
        });
    }

    private Optional<Refusal> signOffRequest(Participant who) {
        if (!needsSignOff()) {
            return Refusal.because("rule.work-item.no-sign-off-needed");
        }
        if (status != WorkItemStatus.OPEN) {
            return Refusal.because("rule.work-item.not-open");
        }
        return operationsOnly(who);
    }

    private Optional<Refusal> signOffDecision(Participant who) {
        if (status != WorkItemStatus.AWAITING_SIGN_OFF
                || !(decision instanceof Redirect redirect && redirect.signOff().isPresent())) {
            return Refusal.because("rule.work-item.not-awaiting-sign-off");
        }
        var authority = redirect.signOff().get();
        return authority.grants(who.roles(), who.department(), redirect.owner())
                ? Optional.empty() : Refusal.because("rule.work-item.sign-off-not-authorized." + authority.key());
    }

    private Optional<Refusal> cancellation(Participant who) {
        return stillOpen().or(() -> who.isOperations() || who.name().equals(raisedBy)
                ? Optional.empty() : Refusal.because("rule.work-item.cancel-not-allowed"));
    }

    private Optional<Refusal> stillOpen() {
        if (status.isClosed()) {
            return Refusal.because("rule.work-item.closed");
        }
        return status == WorkItemStatus.AWAITING_SIGN_OFF
                ? Refusal.because("rule.work-item.awaiting-sign-off") : Optional.empty();
    }

    private static Optional<Refusal> operationsOnly(Participant who) {
        return who.isOperations() ? Optional.empty() : Refusal.because("rule.work-item.operations-only");
    }

    private WorkItem close(WorkItemStatus closing, Participant who, String note, Instant at,
                           Optional<SignOff> decisionRecord, long expectedVersion) {
        return with(closing, decisionRecord, Optional.of(who.name()), Optional.of(at), note == null ? "" : note,
                expectedVersion);
    }

    private WorkItem with(WorkItemStatus newStatus, Optional<SignOff> newSignOff, Optional<String> by,
                          Optional<Instant> at, String newOutcome, long expectedVersion) {
        return new WorkItem(id, kind, title, description, dutyType, decision, newStatus, raisedBy, raisedAt, dueOn,
                newSignOff, by, at, newOutcome, expectedVersion);
    }

    private static String optionalText(String text, String field) {
        var stripped = text == null ? "" : text.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new InvalidValue(field, "validation.too-long", MAX_TEXT);
        }
        return stripped;
    }

    public static WorkItem reconstitute(WorkItemId id, WorkItemKind kind, String title, String description,
                                        DutyType type, BoundaryDecision decision, WorkItemStatus status,
                                        String raisedBy, Instant raisedAt, Optional<LocalDate> dueOn,
                                        Optional<SignOff> signOff, Optional<String> closedBy,
                                        Optional<Instant> closedAt, String outcome, long version) {
        return new WorkItem(id, kind, title, description, type, decision, status, raisedBy, raisedAt, dueOn,
                signOff, closedBy, closedAt, outcome, version);
    }
}
