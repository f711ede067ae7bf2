package dev.opscharter.domain.compliance;

import dev.opscharter.domain.compliance.ActionEvent.Kind;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.BusinessDate;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Refusal;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.shared.Role;
import dev.opscharter.domain.shared.RuleViolation;
import dev.opscharter.domain.shared.Step;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A corrective action (整改措施) for a finding of a compliance check or an incident's post-mortem: who fixes it
 * (the owner, a user name) by when, the root cause, and the evidence (attachment ids) that it was fixed. Lifecycle:
 * <pre>
 *   OPEN ──start──▶ IN_PROGRESS ──submit──▶ SUBMITTED ──verify──▶ VERIFIED ──close──▶ CLOSED
 *                        ▲                      │                    │                  │
 *                        └──────────reopen (manager, with a reason)──┴──────────────────┘
 * </pre>
 * The owner or the manager starts it; only the owner submits, and only with a root cause and at
 * least one evidence file or a note; only an operations manager ({@link Role#OPS_MANAGER}) verifies,
 * closes, reopens and reassigns. The manager who assigned it is the one overdue actions escalate to.
 */
public record CorrectiveAction(CorrectiveActionId id, ActionOrigin origin, String findingDescription, int caseCount,
                               String title, String owner, LocalDate dueOn, String rootCause, List<UUID> evidence,
                               String note, ActionStatus status, String assignedBy, Instant createdAt,
                               List<ActionEvent> history, long version) {

    public static final int MAX_TITLE = 150;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_EVIDENCE = 20;

    public CorrectiveAction {
        Objects.requireNonNull(id);
        Require.present(origin, "finding");
        findingDescription = optionalText(findingDescription, "findingDescription");
        if (caseCount < 0) {
            throw new InvalidValue("caseCount", "validation.corrective-action.cases-negative");
        }
        title = Require.text(title, "title", MAX_TITLE);
        owner = Require.text(owner, "owner", 80);
        BusinessDate.check(Require.present(dueOn, "dueOn"), "dueOn");
        rootCause = optionalText(rootCause, "rootCause");
        evidence = List.copyOf(evidence);
        note = optionalText(note, "note");
        Objects.requireNonNull(status);
        assignedBy = Require.text(assignedBy, "assignedBy", 80);
        Objects.requireNonNull(createdAt);
        history = List.copyOf(history);
    }

    /**
     * A new action for a finding of a compliance check or an incident's post-mortem, assigned by an operations
     * manager; it starts OPEN.
     */
    public static CorrectiveAction create(ActionOrigin origin, String findingDescription, int caseCount, String title,
                                          String owner, LocalDate dueOn, String rootCause, Actor by, Instant at) {
        Refusal.enforce(manager(by));
        return new CorrectiveAction(CorrectiveActionId.random(), origin, findingDescription, caseCount, title,
                owner, dueOn, rootCause, List.of(), "", ActionStatus.OPEN, by.name(), at,
                List.of(new ActionEvent(at, by.name(), Kind.CREATED, "")), 0);
    }

    /** The check's finding this action corrects; empty for an incident's follow-up. */
    public Optional<FindingRef> finding() {
        return origin instanceof FindingRef finding ? Optional.of(finding) : Optional.empty();
    }

    // ---- steps

    /**
     * What {@code by} may do next, from the guards the transitions use. Submit is shown blocked to the
     * owner while the root cause is missing, and adding evidence once the limit is reached, so they see
     * why; any other refused step is not theirs or not for this status, and is left out.
     */
    public List<Step<ActionStep>> allowedSteps(Actor by) {
        var steps = new ArrayList<Step<ActionStep>>();
        for (var kind : ActionStep.values()) {
            var guard = guard(kind, by);
            if (guard.isEmpty() || shownBlocked(kind, by)) {
                steps.add(Step.of(kind, guard));
            }
        }
        return List.copyOf(steps);
    }

    private Optional<Refusal> guard(ActionStep kind, Actor by) {
        return switch (kind) {
            case START -> ownerOrManager(by).or(() -> status == ActionStatus.OPEN
                    ? Optional.empty() : Refusal.because("rule.corrective-action.start.not-open"));
            case RECORD_ROOT_CAUSE -> ownerOrManager(by).or(this::inOwnersHands);
            case ATTACH_EVIDENCE -> ownerOrManager(by).or(this::inOwnersHands).or(() -> evidence.size() < MAX_EVIDENCE
                    ? Optional.empty() : Refusal.because("rule.corrective-action.too-much-evidence", MAX_EVIDENCE));
            case SUBMIT -> submission(by);
            case VERIFY -> manager(by).or(() -> status == ActionStatus.SUBMITTED
                    ? Optional.empty() : Refusal.because("rule.corrective-action.verify.not-submitted"));
            case CLOSE -> manager(by).or(() -> status == ActionStatus.VERIFIED
                    ? Optional.empty() : Refusal.because("rule.corrective-action.close.not-verified"));
            case REOPEN -> manager(by).or(() -> status.awaitsOwner()
                    ? Refusal.because("rule.corrective-action.reopen.not-handed-in") : Optional.empty());
            case REASSIGN -> manager(by).or(this::notClosed);
        };
    }

    /** The steps whose refusal tells their actor something they can fix; they are shown disabled. */
    private boolean shownBlocked(ActionStep kind, Actor by) {
        return switch (kind) {
            case SUBMIT -> isOwner(by) && status == ActionStatus.IN_PROGRESS;
            case ATTACH_EVIDENCE -> ownerOrManager(by).or(this::inOwnersHands).isEmpty();
            case START, RECORD_ROOT_CAUSE, VERIFY, CLOSE, REOPEN, REASSIGN -> false;
        };
    }

    /** Whether the owner may hand it in, apart from the evidence: a file, or the note they submit with. */
    private Optional<Refusal> submission(Actor by) {
        if (!isOwner(by)) {
            return Refusal.because("rule.corrective-action.owner-only");
        }
        if (status != ActionStatus.IN_PROGRESS) {
            return Refusal.because("rule.corrective-action.submit.not-in-progress");
        }
        return rootCause.isEmpty() ? Refusal.because("rule.corrective-action.root-cause-required") : Optional.empty();
    }

    // ---- lifecycle

    /** OPEN → IN_PROGRESS: the owner (or the manager for them) begins. */
    public CorrectiveAction start(Actor by, Instant at, long expectedVersion) {
        Refusal.enforce(guard(ActionStep.START, by));
        return next(ActionStatus.IN_PROGRESS, note, event(by, at, Kind.STARTED, ""), expectedVersion);
    }

    /** IN_PROGRESS → SUBMITTED: only the owner, with a root cause and evidence (a file or a note). */
    public CorrectiveAction submit(Actor by, String submissionNote, Instant at, long expectedVersion) {
        Refusal.enforce(submission(by));
        var text = optionalText(submissionNote, "note");
        if (evidence.isEmpty() && text.isEmpty()) {
            throw new RuleViolation("rule.corrective-action.evidence-required");
        }
        return next(ActionStatus.SUBMITTED, text, event(by, at, Kind.SUBMITTED, text), expectedVersion);
    }

    /** SUBMITTED → VERIFIED: only an operations manager. */
    public CorrectiveAction verify(Actor by, Instant at, long expectedVersion) {
        Refusal.enforce(guard(ActionStep.VERIFY, by));
        return next(ActionStatus.VERIFIED, note, event(by, at, Kind.VERIFIED, ""), expectedVersion);
    }

    /** VERIFIED → CLOSED: the manager. */
    public CorrectiveAction close(Actor by, Instant at, long expectedVersion) {
        Refusal.enforce(guard(ActionStep.CLOSE, by));
        return next(ActionStatus.CLOSED, note, event(by, at, Kind.CLOSED, ""), expectedVersion);
    }

    /** SUBMITTED, VERIFIED or CLOSED → IN_PROGRESS: the manager, saying why. */
    public CorrectiveAction reopen(Actor by, String reason, Instant at, long expectedVersion) {
        Refusal.enforce(guard(ActionStep.REOPEN, by));
        var why = optionalText(reason, "reason");
        if (why.isEmpty()) {
            throw new InvalidValue("reason", "validation.required");
        }
        return next(ActionStatus.IN_PROGRESS, note, event(by, at, Kind.REOPENED, why), expectedVersion);
    }

    // ---- edits while the action is in the owner's hands

    /** The manager hands the action to someone else or moves the due date; not once it is closed. */
    public CorrectiveAction reassign(Actor by, String newOwner, LocalDate newDueOn, Instant at, long expectedVersion) {
        Refusal.enforce(guard(ActionStep.REASSIGN, by));
        var owner = Require.text(newOwner, "owner", 80);
        Require.present(newDueOn, "dueOn");
        var remark = owner + " · " + newDueOn;
        return new CorrectiveAction(id, origin, findingDescription, caseCount, title, owner, newDueOn, rootCause,
                evidence, note, status, by.name(), createdAt, append(event(by, at, Kind.REASSIGNED, remark)),
                expectedVersion);
    }

    /** The owner or the manager records the root cause, until the action is handed in. */
    public CorrectiveAction recordRootCause(Actor by, String cause, Instant at, long expectedVersion) {
        Refusal.enforce(guard(ActionStep.RECORD_ROOT_CAUSE, by));
        var text = optionalText(cause, "rootCause");
        if (text.isEmpty()) {
            throw new InvalidValue("rootCause", "validation.required");
        }
        return new CorrectiveAction(id, origin, findingDescription, caseCount, title, owner, dueOn, text, evidence,
                note, status, assignedBy, createdAt, append(event(by, at, Kind.ROOT_CAUSE, "")), expectedVersion);
    }

    /** The owner or the manager adds an evidence file (already stored), until the action is handed in. */
    public CorrectiveAction attachEvidence(Actor by, UUID attachment, String fileName, Instant at,
                                           long expectedVersion) {
        Refusal.enforce(guard(ActionStep.ATTACH_EVIDENCE, by));
        var files = new ArrayList<>(evidence);
        files.add(attachment);
        return new CorrectiveAction(id, origin, findingDescription, caseCount, title, owner, dueOn, rootCause, files,
                note, status, assignedBy, createdAt, append(event(by, at, Kind.EVIDENCE, fileName)), expectedVersion);
    }

    // ---- questions

    /** Past its due date while still in the owner's hands (open or in progress). */
    public boolean isOverdue(LocalDate today) {
        return status.awaitsOwner() && today.isAfter(dueOn);
    }

    /** Whole days past the due date: 1 on the day after it; 0 when not overdue. */
    public long daysOverdue(LocalDate today) {
        return isOverdue(today) ? ChronoUnit.DAYS.between(dueOn, today) : 0;
    }

    public boolean isOwner(Actor actor) {
        return actor instanceof Actor.User user && user.name().equals(owner);
    }

    public boolean hasEvidence(UUID attachment) {
        return evidence.contains(attachment);
    }

    public Map<String, String> snapshot() {
        var fields = new LinkedHashMap<String, String>();
        switch (origin) {
            case FindingRef finding -> {
                fields.put("finding", finding.periodKey() + " " + finding.processCode() + " " + finding.type()
                        + finding.stepCode().map(s -> " " + s).orElse(""));
                finding.check().ifPresent(c -> fields.put("check", c.toString()));
            }
            case IncidentRef incident -> fields.put("incident", incident.periodKey() + " " + incident.incidentId());
        }
        fields.put("title", title);
        fields.put("owner", owner);
        fields.put("dueOn", dueOn.toString());
        fields.put("status", status.name());
        if (!rootCause.isEmpty()) {
            fields.put("rootCause", rootCause);
        }
        if (!evidence.isEmpty()) {
            fields.put("evidence", evidence.stream().map(UUID::toString).collect(Collectors.joining(", ")));
        }
        if (!note.isEmpty()) {
            fields.put("note", note);
        }
        return fields;
    }

    // ---- internals

    /** The one who assigns actions (an operations manager) verifies, closes, reopens and reassigns them. */
    private static Optional<Refusal> manager(Actor by) {
        return by.may(CompliancePermission.ASSIGN_ACTIONS)
                ? Optional.empty() : Refusal.because("rule.corrective-action.manager-only");
    }

    private Optional<Refusal> ownerOrManager(Actor by) {
        return isOwner(by) || by.may(CompliancePermission.ASSIGN_ACTIONS)
                ? Optional.empty() : Refusal.because("rule.corrective-action.owner-or-manager");
    }

    private Optional<Refusal> notClosed() {
        return status == ActionStatus.CLOSED ? Refusal.because("rule.corrective-action.closed") : Optional.empty();
    }

    private Optional<Refusal> inOwnersHands() {
        return notClosed().or(() -> status.awaitsOwner()
                ? Optional.empty() : Refusal.because("rule.corrective-action.handed-in"));
    }

    private static ActionEvent event(Actor by, Instant at, Kind kind, String remark) {
        return new ActionEvent(at, by.name(), kind, remark);
    }

    private List<ActionEvent> append(ActionEvent event) {
        var events = new ArrayList<>(history);
        events.add(event);
        return events;
    }

    private CorrectiveAction next(ActionStatus newStatus, String newNote, ActionEvent event, long expectedVersion) {
        return new CorrectiveAction(id, origin, findingDescription, caseCount, title, owner, dueOn, rootCause,
                evidence, newNote, newStatus, assignedBy, createdAt, append(event), expectedVersion);
    }

    private static String optionalText(String text, String field) {
        var stripped = text == null ? "" : text.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new InvalidValue(field, "validation.too-long", MAX_TEXT);
        }
        return stripped;
    }

    /** Rebuilds a stored action as it was saved; for the persistence mapper and the fakes. */
    public static CorrectiveAction reconstitute(CorrectiveActionId id, ActionOrigin origin, String findingDescription,
                                                int caseCount, String title, String owner, LocalDate dueOn,
                                                String rootCause, List<UUID> evidence, String note,
                                                ActionStatus status, String assignedBy, Instant createdAt,
                                                List<ActionEvent> history, long version) {
        return new CorrectiveAction(id, origin, findingDescription, caseCount, title, owner, dueOn, rootCause,
                evidence, note, status, assignedBy, createdAt, history, version);
    }

    /** The same action with another version: what a store hands back after saving. */
    public CorrectiveAction withVersion(long newVersion) {
        return new CorrectiveAction(id, origin, findingDescription, caseCount, title, owner, dueOn, rootCause,
                evidence, note, status, assignedBy, createdAt, history, newVersion);
    }
}
