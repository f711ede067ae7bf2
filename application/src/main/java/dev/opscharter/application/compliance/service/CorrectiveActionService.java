package dev.opscharter.application.compliance.service;

import dev.opscharter.application.compliance.port.in.CorrectiveActionQueries;
import dev.opscharter.application.compliance.port.in.ManageCorrectiveActions;
import dev.opscharter.application.compliance.port.out.CorrectiveActions;
import dev.opscharter.application.compliance.port.out.FindingHistory;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.AttachmentFile;
import dev.opscharter.application.shared.Audit;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.Once;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.StoredFile;
import dev.opscharter.application.shared.port.out.Attachments;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.application.shared.port.out.Notifications.Notification;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.domain.compliance.ActionStatus;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

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

    static final String ENTITY = "CorrectiveAction";
    public static final String LINK = "compliance/actions?action=";
    public static final int MAX_FILE_BYTES = AttachmentFile.MAX_BYTES;
    private static final Role[] SEES_ALL = {Role.OPS_MANAGER, Role.OPS_DIRECTOR, Role.AUDITOR};

    private final CorrectiveActions actions;
    private final Attachments files;
    private final FindingHistory history;
    private final UserAccounts accounts;
    private final People people;
    private final SettingsStore settings;
    private final Notifications notifications;
    private final Transactions transactions;
    private final Once once;
    private final CurrentActor actor;
    private final Audit audit;
    private final Clock clock;

    public CorrectiveActionService(CorrectiveActions actions, Attachments files, FindingHistory history,
                                   UserAccounts accounts, People people, SettingsStore settings,
                                   Notifications notifications, Transactions transactions,
                                   ProcessedRequests processed, CurrentActor actor,
                                   Audit audit, Clock clock) {
        this.actions = actions;
        this.files = files;
        this.history = history;
        this.accounts = accounts;
        this.people = people;
        this.settings = settings;
        this.notifications = notifications;
        this.transactions = transactions;
        this.once = new Once(processed);
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- commands

    @Override
    public CorrectiveActionId create(RequestKey request, NewCorrectiveAction draft) {
        var me = actor.get();
        refuseAuditors(me);
        AccessDenied.unlessAnyOf(me, Role.OPS_MANAGER);
        // the notification is sent inside too: a repeated request notifies nobody again
        return transactions.inTransaction(() -> once.create(request, ENTITY + ".create", () -> {
            var owner = existingUser(draft.owner());
            requireNotPast(draft.dueOn());
            var action = CorrectiveAction.create(draft.finding(), draft.findingDescription(), draft.caseCount(),
                    draft.title(), owner, draft.dueOn(), draft.rootCause(), me, clock.instant());
            var saved = actions.save(action);
            audit.created(ENTITY, saved.id(), saved.title(), saved.snapshot());
            notify(saved.owner(), "notification.corrective-action.assigned", saved, saved.title(),
                    saved.dueOn().toString());
            return saved.id();
        }, CorrectiveActionId::toString, CorrectiveActionId::parse));
    }

    @Override
    public void reassign(CorrectiveActionId id, String owner, LocalDate dueOn, long version) {
        var current = actor.get();
        refuseAuditors(current);
        AccessDenied.unlessAnyOf(current, Role.OPS_MANAGER);
        change(id, (me, action) -> {
            var newOwner = existingUser(owner);
            if (!dueOn.equals(action.dueOn())) {
                requireNotPast(dueOn);
            }
            var after = action.reassign(me, newOwner, dueOn, clock.instant(), version);
            if (!newOwner.equals(action.owner())) {
                notify(newOwner, "notification.corrective-action.assigned", after, after.title(),
                        after.dueOn().toString());
            }
            return after;
        });
    }

    @Override
    public List<String> possibleOwners() {
        var me = actor.get();
        refuseAuditors(me);
        AccessDenied.unlessAnyOf(me, Role.OPS_MANAGER);
        return transactions.readOnly(() -> accounts.all().stream()
                .filter(account -> whyNotOwner(account).isEmpty())
                .map(account -> account.username().value())
                .sorted()
                .toList());
    }

    @Override
    public void recordRootCause(CorrectiveActionId id, String rootCause, long version) {
        change(id, (me, action) -> action.recordRootCause(me, rootCause, clock.instant(), version));
    }

    @Override
    public UUID attachEvidence(CorrectiveActionId id, String fileName, String contentType, byte[] content) {
        refuseAuditors(actor.get());
        var file = AttachmentFile.accept(fileName, content);
        var name = file.fileName();
        change(id, (me, action) -> {
            // the domain decides first whether this user may add evidence now; only then is the file kept
            var after = action.attachEvidence(me, file.id(), name, clock.instant(), action.version());
            files.store(file, me.name());
            return after;
        });
        return file.id();
    }

    @Override
    public void start(CorrectiveActionId id, long version) {
        change(id, (me, action) -> action.start(me, clock.instant(), version));
    }

    @Override
    public void submit(CorrectiveActionId id, String note, long version) {
        change(id, (me, action) -> {
            var after = action.submit(me, note, clock.instant(), version);
            notify(after.assignedBy(), "notification.corrective-action.submitted", after, after.title(), after.owner());
            return after;
        });
    }

    @Override
    public void verify(CorrectiveActionId id, long version) {
        change(id, (me, action) -> action.verify(me, clock.instant(), version));
    }

    @Override
    public void close(CorrectiveActionId id, long version) {
        change(id, (me, action) -> action.close(me, clock.instant(), version));
    }

    @Override
    public void reopen(CorrectiveActionId id, String reason, long version) {
        change(id, (me, action) -> {
            var after = action.reopen(me, reason, clock.instant(), version);
            notify(after.owner(), "notification.corrective-action.reopened", after, after.title(),
                    after.history().getLast().remark());
            return after;
        });
    }

    // ---- queries

    @Override
    public List<CorrectiveAction> mine() {
        var me = actor.get();
        AccessDenied.unlessAuthenticated(me);
        return transactions.readOnly(() -> actions.ownedBy(me.name()));
    }

    @Override
    public Attention attention() {
        var me = actor.get();
        AccessDenied.unlessAuthenticated(me);
        var today = today();
        return transactions.readOnly(() -> {
            var inMyHands = actions.ownedBy(me.name()).stream().filter(a -> a.status().awaitsOwner()).toList();
            int toVerify = me.hasAnyOf(Role.OPS_MANAGER) ? (int) actions.all().stream()
                    .filter(a -> a.status() == ActionStatus.SUBMITTED).count() : 0;
            return new Attention(inMyHands.size(), (int) inMyHands.stream().filter(a -> a.isOverdue(today)).count(),
                    toVerify);
        });
    }

    @Override
    public List<CorrectiveAction> all() {
        AccessDenied.unlessAnyOf(actor.get(), SEES_ALL);
        return transactions.readOnly(actions::all);
    }

    @Override
    public List<CorrectiveAction> find(ActionFilter filter, PageRequest page) {
        var me = actor.get();
        AccessDenied.unlessAuthenticated(me);
        var selection = selection(me, filter);
        return transactions.readOnly(() -> actions.page(selection, page));
    }

    @Override
    public long count(ActionFilter filter) {
        var me = actor.get();
        AccessDenied.unlessAuthenticated(me);
        var selection = selection(me, filter);
        return transactions.readOnly(() -> actions.count(selection));
    }

    /** The filter as the store selects, narrowed to the user's own actions unless they see every action. */
    private CorrectiveActions.Selection selection(Actor me, ActionFilter filter) {
        var owner = filter.mineOnly() || !me.hasAnyOf(SEES_ALL) ? Optional.of(me.name()) : Optional.<String>empty();
        return new CorrectiveActions.Selection(owner, filter.status(),
                filter.overdueOnly() ? Optional.of(today()) : Optional.empty());
    }

    @Override
    public List<CorrectiveAction> byFinding(FindingRef finding) {
        return visible().stream().filter(a -> a.finding().sameFindingAs(finding)).toList();
    }

    @Override
    public List<CorrectiveAction> overdue() {
        var today = today();
        return visible().stream().filter(a -> a.isOverdue(today))
                .sorted(Comparator.comparing(CorrectiveAction::dueOn)).toList();
    }

    @Override
    public CorrectiveAction get(CorrectiveActionId id) {
        var me = actor.get();
        AccessDenied.unlessAuthenticated(me);
        return transactions.readOnly(() -> {
            var action = actions.byId(id).orElseThrow(() -> new NotFound(ENTITY, id));
            requireVisible(me, action);
            return action;
        });
    }

    @Override
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), transactions.readOnly(() -> settings.load().timeZone()));
    }

    @Override
    public Map<UUID, String> evidenceNames(CorrectiveActionId id) {
        var action = get(id);
        return transactions.readOnly(() -> files.names(action.evidence()));
    }

    @Override
    public StoredFile evidence(CorrectiveActionId id, UUID attachment) {
        var action = get(id);
        if (!action.hasEvidence(attachment)) {
            throw new NotFound("Attachment", attachment);
        }
        return transactions.readOnly(() -> files.byId(attachment).orElseThrow(() -> new NotFound("Attachment", attachment)));
    }

    @Override
    public Recurrence recurrence(FindingRef finding) {
        var me = actor.get();
        AccessDenied.unlessAuthenticated(me);
        var next = switch (finding.period()) {
            case Period.Quarter quarter -> (Period) quarter.next();
            case Period.Year year -> new Period.Year(year.year() + 1);
        };
        return transactions.readOnly(() -> history.latestCheck(next, finding.processCode())
                .<Recurrence>map(check -> check.findings().stream()
                        .filter(f -> f.ref().sameDeviationAs(finding))
                        .findFirst()
                        .<Recurrence>map(f -> new Recurrence.Recurred(f.ref(), f.description(), f.cases()))
                        .orElseGet(() -> new Recurrence.Cleared(check.checkId(), check.periodKey())))
                .orElseGet(() -> new Recurrence.NotYetChecked(next.key())));
    }

    // ---- internals

    private List<CorrectiveAction> visible() {
        var me = actor.get();
        AccessDenied.unlessAuthenticated(me);
        return transactions.readOnly(() -> me.hasAnyOf(SEES_ALL) ? actions.all() : actions.ownedBy(me.name()));
    }

    private static void requireVisible(Actor me, CorrectiveAction action) {
        if (!me.hasAnyOf(SEES_ALL) && !action.isOwner(me)) {
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
        var today = LocalDate.ofInstant(clock.instant(), settings.load().timeZone());
        if (dueOn.isBefore(today)) {
            throw new InvalidValue("dueOn", "validation.corrective-action.due-in-past");
        }
    }

    private void notify(String recipient, String subjectKey, CorrectiveAction action, String... arguments) {
        notifications.send(new Notification(recipient, subjectKey, List.of(arguments), LINK + action.id()));
    }

    private void change(CorrectiveActionId id, BiFunction<Actor, CorrectiveAction, CorrectiveAction> step) {
        var me = actor.get();
        AccessDenied.unlessAuthenticated(me);
        refuseAuditors(me);
        transactions.run(() -> {
            var before = actions.byId(id).orElseThrow(() -> new NotFound(ENTITY, id));
            requireVisible(me, before);
            var after = step.apply(me, before);
            actions.save(after);
            audit.record(ENTITY, id, after.title(), AuditAction.UPDATE, before.snapshot(), after.snapshot());
        });
    }

    @Override
    public dev.opscharter.application.shared.WithSteps<CorrectiveAction, dev.opscharter.domain.compliance.ActionStep>
            detail(CorrectiveActionId id) {
        var action = get(id);
        var me = actor.get();
        boolean audits = me instanceof Actor.User user && user.roles().contains(Role.AUDITOR);
        return new dev.opscharter.application.shared.WithSteps<>(action, audits ? List.of() : action.allowedSteps(me));
    }
}
