package dev.opscharter.application.charter.service;

import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.in.WorkItemQueries;
import dev.opscharter.application.charter.port.out.Charters;
import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.Audit;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.Once;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.port.out.CurrentActor;
import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.application.shared.port.out.ProcessedRequests;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.domain.charter.BoundaryDecision;
import dev.opscharter.domain.charter.BoundaryPolicy;
import dev.opscharter.domain.charter.CharterHistory;
import dev.opscharter.domain.charter.DutyType;
import dev.opscharter.domain.charter.Participant;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.charter.WorkItemStatus;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Registers work as the charter in force routes it and lets only the right people finish it. The
 * checks live in {@link WorkItem} and {@link BoundaryPolicy}; this service supplies who is acting.
 */
public final class WorkItemService implements ManageWorkItems, WorkItemQueries {

    static final String ENTITY = "WorkItem";
    private static final Role[] MAY_RAISE = {Role.OPS_DIRECTOR, Role.OPS_MANAGER, Role.OPS_SPECIALIST,
            Role.DEPARTMENT_LEAD};
    private static final Role[] SEES_ALL = {Role.OPS_DIRECTOR, Role.OPS_MANAGER, Role.OPS_SPECIALIST, Role.AUDITOR};
    /** Who may read the register at all; a department lead only what concerns their department. */
    private static final Role[] READERS = {Role.OPS_DIRECTOR, Role.OPS_MANAGER, Role.OPS_SPECIALIST, Role.AUDITOR,
            Role.DEPARTMENT_LEAD};

    private final WorkItems items;
    private final Charters charters;
    private final SettingsStore settings;
    private final Participants participants;
    private final WorkItemNotices notices;
    private final Transactions transactions;
    private final Once once;
    private final CurrentActor actor;
    private final Audit audit;
    private final Clock clock;

    public WorkItemService(WorkItems items, Charters charters, SettingsStore settings,
                           UserAccounts accounts, People people, Notifications notifications,
                           Transactions transactions, ProcessedRequests processed, CurrentActor actor, Audit audit,
                           Clock clock) {
        this.items = items;
        this.charters = charters;
        this.settings = settings;
        this.participants = new Participants(actor, accounts, people);
        this.notices = new WorkItemNotices(notifications, accounts, people);
        this.transactions = transactions;
        this.once = new Once(processed);
        this.actor = actor;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public BoundaryDecision preview(String dutyType) {
        AccessDenied.unlessAnyOf(actor.get(), MAY_RAISE);
        var type = new DutyType(dutyType);
        return transactions.readOnly(() -> policyToday().decide(type));
    }

    @Override
    public WorkItemId register(RequestKey request, WorkItemDraft draft) {
        var me = actor.get();
        AccessDenied.unlessAnyOf(me, MAY_RAISE);
        var type = new DutyType(draft.dutyType());
        return transactions.inTransaction(() -> once.create(request, ENTITY + ".register", () -> {
            var item = WorkItem.register(draft.kind(), draft.title(), draft.description(), type, draft.dueOn(),
                    policyToday(), me.name(), clock.instant());
            var saved = items.save(item);
            audit.created(ENTITY, saved.id(), saved.title(), saved.snapshot());
            notices.registered(saved);
            return saved.id();
        }, WorkItemId::toString, text -> new WorkItemId(UUID.fromString(text))));
    }

    @Override
    public void complete(WorkItemId id, String note, long version) {
        change(id, AuditAction.UPDATE, (who, item) -> item.complete(who, note, clock.instant(), version));
    }

    @Override
    public void requestSignOff(WorkItemId id, long version) {
        change(id, AuditAction.UPDATE, (who, item) -> item.requestSignOff(who, version));
    }

    @Override
    public void decideSignOff(WorkItemId id, boolean approve, String comment, long version) {
        change(id, AuditAction.UPDATE,
                (who, item) -> item.decideSignOff(who, approve, comment, clock.instant(), version));
    }

    @Override
    public void cancel(WorkItemId id, String reason, long version) {
        change(id, AuditAction.UPDATE, (who, item) -> item.cancel(who, reason, clock.instant(), version));
    }

    @Override
    public List<WorkItem> visible(Filter filter, PageRequest page) {
        AccessDenied.unlessAnyOf(actor.get(), READERS);
        return transactions.readOnly(() -> items.page(selection(filter), page));
    }

    @Override
    public long count(Filter filter) {
        AccessDenied.unlessAnyOf(actor.get(), READERS);
        return transactions.readOnly(() -> items.count(selection(filter)));
    }

    /** The filter as the store selects, narrowed to what the current user may see. */
    private WorkItems.Selection selection(Filter filter) {
        var who = participants.current();
        return new WorkItems.Selection(reader(who), filter.department(), filter.involvement(),
                filter.openOnly(), filter.concernsADepartment(),
                filter.awaitingMe() ? Optional.of(who) : Optional.empty());
    }

    /** Empty for operations and auditors, who see every item. */
    private static Optional<WorkItems.Reader> reader(Participant who) {
        return who.isOperations() || who.roles().contains(Role.AUDITOR) ? Optional.empty()
                : Optional.of(new WorkItems.Reader(who.name(), who.department()));
    }

    @Override
    public WorkItem get(WorkItemId id) {
        AccessDenied.unlessAnyOf(actor.get(), READERS);
        return transactions.readOnly(() -> {
            var item = items.byId(id).orElseThrow(() -> new NotFound(ENTITY, id));
            if (!maySee(participants.current(), item)) {
                throw new AccessDenied(actor.get().name() + " may not see work item " + id);
            }
            return item;
        });
    }

    @Override
    public List<WorkItem> awaitingMySignOff() {
        AccessDenied.unlessAuthenticated(actor.get());
        return transactions.readOnly(() -> items.page(awaiting(participants.current()),
                        new PageRequest(0, PageRequest.MAX_LIMIT)).stream()
                .filter(item -> item.status() == WorkItemStatus.AWAITING_SIGN_OFF)
                .toList());
    }

    @Override
    public long countAwaitingMe() {
        AccessDenied.unlessAuthenticated(actor.get());
        return transactions.readOnly(() -> items.count(awaiting(participants.current())));
    }

    private static WorkItems.Selection awaiting(Participant who) {
        return new WorkItems.Selection(Optional.empty(), Optional.empty(), Optional.empty(), true, false,
                Optional.of(who));
    }

    @Override
    public List<DepartmentTally> boundaryTally() {
        AccessDenied.unlessAnyOf(actor.get(), SEES_ALL);
        return transactions.readOnly(() -> {
            var tallies = new LinkedHashMap<DepartmentId, int[]>();
            for (var item : items.all()) {
                if (item.status() == WorkItemStatus.CANCELLED) {
                    continue;
                }
                item.decision().department().ifPresent(department -> {
                    var tally = tallies.computeIfAbsent(department, d -> new int[4]);
                    switch (item.decision()) {
                        case BoundaryDecision.Redirect redirect when redirect.signOff().isPresent() -> tally[1]++;
                        case BoundaryDecision.Redirect redirect -> tally[0]++;
                        case BoundaryDecision.Participate participate -> tally[2]++;
                        case BoundaryDecision.Own own -> {
                        }
                    }
                    if (!item.status().isClosed()) {
                        tally[3]++;
                    }
                });
            }
            var result = new ArrayList<DepartmentTally>();
            tallies.forEach((d, t) -> result.add(new DepartmentTally(d, t[0], t[1], t[2], t[3])));
            return List.copyOf(result);
        });
    }

    @Override
    public Optional<DepartmentId> myDepartment() {
        AccessDenied.unlessAuthenticated(actor.get());
        return transactions.readOnly(() -> participants.current().department());
    }

    /** Operations and auditors see every item; anyone else what they raised or what concerns their department. */
    private static boolean maySee(Participant who, WorkItem item) {
        return reader(who).map(r -> item.raisedBy().equals(r.name())
                || r.department().isPresent() && item.decision().department().equals(r.department())).orElse(true);
    }

    private interface Step {
        WorkItem apply(Participant who, WorkItem item);
    }

    private void change(WorkItemId id, AuditAction action, Step step) {
        AccessDenied.unlessAuthenticated(actor.get());
        transactions.run(() -> {
            var before = items.byId(id).orElseThrow(() -> new NotFound(ENTITY, id));
            var who = participants.current();
            var after = step.apply(who, before);
            items.save(after);
            audit.record(ENTITY, id, after.title(), action, before.snapshot(), after.snapshot());
            notices.changed(before, after, who);
        });
    }

    private BoundaryPolicy policyToday() {
        var today = LocalDate.ofInstant(clock.instant(), settings.load().timeZone());
        var charter = new CharterHistory(charters.all()).inForceOn(today)
                .orElseThrow(() -> new NotFound(CharterService.ENTITY, "in force"));
        return new BoundaryPolicy(charter);
    }

    @Override
    public dev.opscharter.application.shared.WithSteps<WorkItem, dev.opscharter.domain.charter.WorkItemStep> detail(
            WorkItemId id) {
        var item = get(id);
        return transactions.readOnly(() -> new dev.opscharter.application.shared.WithSteps<>(item,
                item.allowedSteps(participants.current())));
    }
}
