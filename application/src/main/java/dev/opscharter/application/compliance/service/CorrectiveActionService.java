package dev.opscharter.application.compliance.service;

import dev.opscharter.application.compliance.port.in.CorrectiveActionQueries;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions;
import dev.opscharter.application.compliance.port.out.CorrectiveActions;
import dev.opscharter.application.compliance.port.out.FindingHistory;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.AttachmentFile;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RecordType;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.application.shared.port.out.Attachments;
import dev.opscharter.application.shared.port.out.Notifications.Notification;
import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.domain.compliance.ActionStatus;
import dev.opscharter.domain.compliance.ActionStep;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.CorrectiveActionId;
import dev.opscharter.domain.compliance.FindingRef;
import dev.opscharter.domain.organization.UserAccount;
import dev.opscharter.domain.organization.Username;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.shared.Role;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import static dev.opscharter.domain.compliance.CompliancePermission.ASSIGN_ACTIONS;
import static dev.opscharter.domain.compliance.CompliancePermission.SEE_ALL_ACTIONS;
import static dev.opscharter.domain.compliance.CompliancePermission.WORK_ON_ACTIONS;

/**
 * Corrective actions for compliance findings (SPEC §4, 整改). Operations managers create, assign,
 * verify, close and reopen; the owner starts, documents and submits; managers, the director and
 * auditors read everything, anyone else their own actions. Internal audit stays independent of
 * what it audits: a user holding {@code AUDITOR} changes no corrective action ({@link AccessDenied})
 * and is never made an owner. The lifecycle rules live in
 * {@link CorrectiveAction}; this service supplies who is acting, the transaction, the audit entry
 * and the notifications (assignment and reopening to the owner, submission to the manager).
 */
public final class CorrectiveActionService implements ManageCorrectiveActions, CorrectiveActionQueries {

    static final RecordType<CorrectiveActionId, CorrectiveAction> TYPE = new RecordType<>("CorrectiveAction",
            CorrectiveAction::id, CorrectiveAction::title, CorrectiveAction::snapshot, CorrectiveAction::version,
            CorrectiveActionId::toString, CorrectiveActionId::parse);
    public static final String LINK = "compliance/actions?action=";
    public static final int MAX_FILE_BYTES = AttachmentFile.MAX_BYTES;

    private final CorrectiveActions actions;
    private final Attachments files;
    private final FindingHistory history;
    private final UserAccounts accounts;
    private final People people;
    private final Notifications notifications;
    private final UseCase uc;

    public CorrectiveActionService(CorrectiveActions actions, Attachments files, FindingHistory history,
                                   UserAccounts accounts, People people, Notifications notifications, UseCase uc) {
        this.actions = actions;
        this.files = files;
        this.history = history;
        this.accounts = accounts;
        this.people = people;
        this.notifications = notifications;
        this.uc = uc;
    }

    // ---- commands

    @Override
    public CorrectiveActionId create(RequestKey request, NewCorrectiveAction draft) {
        refuseAuditors(uc.actor());
        // the notification is sent inside too: a repeated request notifies nobody again
        return uc.create(ASSIGN_ACTIONS, request, TYPE, actions, me -> {
            var owner = existingUser(draft.owner());
            requireNotPast(draft.dueOn());
            var action = CorrectiveAction.create(draft.origin(), draft.findingDescription(), draft.caseCount(),
                    draft.title(), owner, draft.dueOn(), draft.rootCause(), me, uc.calendar().now());
            notify(action.owner(), "notification.corrective-action.assigned", action, action.title(),
                    action.dueOn().toString());
            return action;
        });
    }

    @Override
    public void reassign(CorrectiveActionId id, String owner, LocalDate dueOn, long version) {
        refuseAuditors(uc.actor());
        uc.change(ASSIGN_ACTIONS, TYPE, actions, id, version, AuditAction.UPDATE, (me, action) -> {
            var newOwner = existingUser(owner);
            if (!dueOn.equals(action.dueOn())) {
                requireNotPast(dueOn);
            }
            var after = action.reassign(me, newOwner, dueOn, uc.calendar().now(), version);
            if (!newOwner.equals(action.owner())) {
                notify(newOwner, "notification.corrective-action.assigned", after, after.title(),
                        after.dueOn().toString());
            }
            return after;
        });
    }

    @Override
    public List<String> possibleOwners() {
        refuseAuditors(uc.actor());
        return uc.read(ASSIGN_ACTIONS, () -> accounts.all().stream()
                .filter(account -> whyNotOwner(account).isEmpty())
                .map(account -> account.username().value())
                .sorted()
                .toList());
    }

    @Override
    public void recordRootCause(CorrectiveActionId id, String rootCause, long version) {
        change(id, version, (me, action) -> action.recordRootCause(me, rootCause, uc.calendar().now(), version));
    }

    @Override
    public UUID attachEvidence(CorrectiveActionId id, String fileName, String contentType, byte[] content) {
        refuseAuditors(uc.actor());
        var file = AttachmentFile.accept(fileName, content);
        var name = file.fileName();
        // evidence adds to the action as it is now, whatever changed since the user opened it
        uc.changeLatest(WORK_ON_ACTIONS, TYPE, actions, id, AuditAction.UPDATE, (me, action) -> {
            requireVisible(me, action);
            // the domain decides first whether this user may add evidence now; only then is the file kept
            var after = action.attachEvidence(me, file.id(), name, uc.calendar().now(), action.version());
            files.store(file, me.name());
            return after;
        });
        return file.id();
    }

    @Override
    public void start(CorrectiveActionId id, long version) {
        change(id, version, (me, action) -> action.start(me, uc.calendar().now(), version));
    }

    @Override
    public void submit(CorrectiveActionId id, String note, long version) {
        change(id, version, (me, action) -> {
            var after = action.submit(me, note, uc.calendar().now(), version);
            notify(after.assignedBy(), "notification.corrective-action.submitted", after, after.title(), after.owner());
            return after;
        });
    }

    @Override
    public void verify(CorrectiveActionId id, long version) {
        change(id, version, (me, action) -> action.verify(me, uc.calendar().now(), version));
    }

    @Override
    public void close(CorrectiveActionId id, long version) {
        change(id, version, (me, action) -> action.close(me, uc.calendar().now(), version));
    }

    @Override
    public void reopen(CorrectiveActionId id, String reason, long version) {
        change(id, version, (me, action) -> {
            var after = action.reopen(me, reason, uc.calendar().now(), version);
            notify(after.owner(), "notification.corrective-action.reopened", after, after.title(),
                    after.history().getLast().remark());
            return after;
        });
    }

    // ---- queries

    @Override
    public List<CorrectiveAction> mine() {
        return uc.read(WORK_ON_ACTIONS, me -> actions.ownedBy(me.name()));
    }

    @Override
    public Attention attention() {
        return uc.read(WORK_ON_ACTIONS, me -> {
            var today = today();
            var inMyHands = actions.ownedBy(me.name()).stream().filter(a -> a.status().awaitsOwner()).toList();
            int toVerify = me.may(ASSIGN_ACTIONS) ? (int) actions.all().stream()
                    .filter(a -> a.status() == ActionStatus.SUBMITTED).count() : 0;
            return new Attention(inMyHands.size(), (int) inMyHands.stream().filter(a -> a.isOverdue(today)).count(),
                    toVerify);
        });
    }

    @Override
    public List<CorrectiveAction> all() {
        return uc.read(SEE_ALL_ACTIONS, actions::all);
    }

    @Override
    public List<CorrectiveAction> find(ActionFilter filter, PageRequest page) {
        return uc.read(WORK_ON_ACTIONS, me -> actions.page(selection(me, filter), page));
    }

    @Override
    public long count(ActionFilter filter) {
        return uc.read(WORK_ON_ACTIONS, me -> actions.count(selection(me, filter)));
    }

    /** The filter as the store selects, narrowed to the user's own actions unless they see every action. */
    private CorrectiveActions.Selection selection(Actor me, ActionFilter filter) {
        var owner = filter.mineOnly() || !me.may(SEE_ALL_ACTIONS) ? Optional.of(me.name()) : Optional.<String>empty();
        return new CorrectiveActions.Selection(owner, filter.status(),
                filter.overdueOnly() ? Optional.of(today()) : Optional.empty());
    }

    @Override
    public List<CorrectiveAction> byFinding(FindingRef finding) {
        return visible().stream().filter(a -> a.finding().filter(f -> f.sameFindingAs(finding)).isPresent()).toList();
    }

    @Override
    public List<CorrectiveAction> overdue() {
        var today = today();
        return visible().stream().filter(a -> a.isOverdue(today))
                .sorted(Comparator.comparing(CorrectiveAction::dueOn)).toList();
    }

    @Override
    public CorrectiveAction get(CorrectiveActionId id) {
        return uc.read(WORK_ON_ACTIONS, me -> {
            var action = actions.byId(id).orElseThrow(() -> new NotFound(TYPE.entity(), id));
            requireVisible(me, action);
            return action;
        });
    }

    @Override
    public LocalDate today() {
        return uc.calendar().today();
    }

    @Override
    public Map<UUID, String> evidenceNames(CorrectiveActionId id) {
        var action = get(id);
        return uc.read(WORK_ON_ACTIONS, () -> files.names(action.evidence()));
    }

    @Override
    public StoredFile evidence(CorrectiveActionId id, UUID attachment) {
        var action = get(id);
        if (!action.hasEvidence(attachment)) {
            throw new NotFound("Attachment", attachment);
        }
        return uc.read(WORK_ON_ACTIONS, () -> files.byId(attachment).orElseThrow(() -> new NotFound("Attachment", attachment)));
    }

    @Override
    public Recurrence recurrence(FindingRef finding) {
        var next = switch (finding.period()) {
            case Period.Quarter quarter -> (Period) quarter.next();
            case Period.Year year -> new Period.Year(year.year() + 1);
        };
        return uc.read(WORK_ON_ACTIONS, () -> history.latestCheck(next, finding.processCode())
                .<Recurrence>map(check -> check.findings().stream()
                        .filter(f -> f.ref().sameDeviationAs(finding))
                        .findFirst()
                        .<Recurrence>map(f -> new Recurrence.Recurred(f.ref(), f.description(), f.cases()))
                        .orElseGet(() -> new Recurrence.Cleared(check.checkId(), check.periodKey())))
                .orElseGet(() -> new Recurrence.NotYetChecked(next.key())));
    }

    // ---- internals

    private List<CorrectiveAction> visible() {
        return uc.read(WORK_ON_ACTIONS, me -> me.may(SEE_ALL_ACTIONS) ? actions.all() : actions.ownedBy(me.name()));
    }

    private static void requireVisible(Actor me, CorrectiveAction action) {
        if (!me.may(SEE_ALL_ACTIONS) && !action.isOwner(me)) {
            throw new AccessDenied(me.name() + " may not see corrective action " + action.id());
        }
    }

    /** Internal audit reads corrective actions and their evidence; it never takes part in them. */
    private static void refuseAuditors(Actor me) {
        if (me instanceof Actor.User user && user.roles().contains(Role.AUDITOR)) {
            throw new AccessDenied(me.name() + " audits corrective actions and changes none");
        }
    }

    private String existingUser(String owner) {
        var name = Require.text(owner, "owner", 80);
        Username username;
        try {
            username = new Username(name);
        } catch (InvalidValue invalid) {
            throw new InvalidValue("owner", "validation.corrective-action.unknown-owner", name);
        }
        var account = accounts.byUsername(username)
                .orElseThrow(() -> new InvalidValue("owner", "validation.corrective-action.unknown-owner", name));
        whyNotOwner(account).ifPresent(refusal -> {
            throw new InvalidValue("owner", refusal, name);
        });
        return account.username().value();
    }

    /** Why the account cannot own a corrective action (a message key), if it cannot. */
    private Optional<String> whyNotOwner(UserAccount account) {
        if (!account.enabled()) {
            return Optional.of("validation.corrective-action.owner-disabled");
        }
        if (people.byId(account.personId()).filter(person -> person.roles().contains(Role.AUDITOR)).isPresent()) {
            return Optional.of("validation.corrective-action.owner-is-auditor");
        }
        return Optional.empty();
    }

    private void requireNotPast(LocalDate dueOn) {
        if (dueOn == null) {
            throw new InvalidValue("dueOn", "validation.required");
        }
        if (dueOn.isBefore(uc.calendar().today())) {
            throw new InvalidValue("dueOn", "validation.corrective-action.due-in-past");
        }
    }

    private void notify(String recipient, String subjectKey, CorrectiveAction action, String... arguments) {
        notifications.send(new Notification(recipient, subjectKey, List.of(arguments), LINK + action.id()));
    }

    /** A step on one's own action (or, for a manager, any): the action's rule decides which steps. */
    private void change(CorrectiveActionId id, long version,
                        BiFunction<Actor, CorrectiveAction, CorrectiveAction> step) {
        refuseAuditors(uc.actor());
        uc.change(WORK_ON_ACTIONS, TYPE, actions, id, version, AuditAction.UPDATE, (me, before) -> {
            requireVisible(me, before);
            return step.apply(me, before);
        });
    }

    @Override
    public WithSteps<CorrectiveAction, ActionStep> detail(CorrectiveActionId id) {
        var action = get(id);
        var me = uc.actor();
        // internal audit reads corrective actions and takes no step in them
        boolean audits = me instanceof Actor.User user && user.roles().contains(Role.AUDITOR);
        return new WithSteps<>(action, audits ? List.of() : action.allowedSteps(me));
    }
}
