package dev.opscharter.application.charter.service;

import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.in.WorkItemQueries;
import dev.opscharter.application.charter.port.out.Charters;
import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.organization.port.out.People;
import dev.opscharter.application.organization.port.out.UserAccounts;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RecordType;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.WithSteps;
import dev.opscharter.application.shared.port.out.Notifications;
import dev.opscharter.domain.charter.BoundaryDecision;
import dev.opscharter.domain.charter.BoundaryPolicy;
import dev.opscharter.domain.charter.CharterHistory;
import dev.opscharter.domain.charter.DutyType;
import dev.opscharter.domain.charter.Participant;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.charter.WorkItemStatus;
import dev.opscharter.domain.charter.WorkItemStep;
import dev.opscharter.domain.organization.DepartmentId;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.Role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.opscharter.domain.charter.CharterPermission.ACT_ON_WORK;
import static dev.opscharter.domain.charter.CharterPermission.RAISE_WORK;
import static dev.opscharter.domain.charter.CharterPermission.READ_WORK;
import static dev.opscharter.domain.charter.CharterPermission.SEE_ALL_WORK;

/**
 * Registers work as the charter in force routes it and lets only the right people finish it. The
 * checks live in {@link WorkItem} and {@link BoundaryPolicy}; this service supplies who is acting.
 */
public final class WorkItemService implements ManageWorkItems, WorkItemQueries {

    static final RecordType<WorkItemId, WorkItem> TYPE = new RecordType<>("WorkItem", WorkItem::id, WorkItem::title,
            WorkItem::snapshot, WorkItem::version, WorkItemId::toString, text -> new WorkItemId(UUID.fromString(text)));

    private final WorkItems items;
    private final Charters charters;
    private final Participants participants;
    private final WorkItemNotices notices;
    private final UseCase uc;

    public WorkItemService(WorkItems items, Charters charters, UserAccounts accounts, People people,
                           Notifications notifications, UseCase uc) {
        this.items = items;
        this.charters = charters;
        this.participants = new Participants(uc, accounts, people);
        this.notices = new WorkItemNotices(notifications, accounts, people);
        this.uc = uc;
    }

    @Override
    public BoundaryDecision preview(String dutyType) {
        return uc.read(RAISE_WORK, () -> policyToday().decide(new DutyType(dutyType)));
    }

    /** Whoever the item now waits for is told in the same transaction: a repeated request tells nobody again. */
    @Override
    public WorkItemId register(RequestKey request, WorkItemDraft draft) {
        return uc.create(RAISE_WORK, request, TYPE, items, me -> {
            var item = WorkItem.register(draft.kind(), draft.title(), draft.description(),
                    new DutyType(draft.dutyType()), draft.dueOn(), policyToday(), me.name(), uc.calendar().now());
            notices.registered(item);
            return item;
        });
    }

    @Override
    public void complete(WorkItemId id, String note, long version) {
        change(id, version, (who, item) -> item.complete(who, note, uc.calendar().now(), version));
    }

    @Override
    public void requestSignOff(WorkItemId id, long version) {
        change(id, version, (who, item) -> item.requestSignOff(who, version));
    }

    @Override
    public void decideSignOff(WorkItemId id, boolean approve, String comment, long version) {
        change(id, version,
                (who, item) -> item.decideSignOff(who, approve, comment, uc.calendar().now(), version));
    }

    @Override
    public void cancel(WorkItemId id, String reason, long version) {
        change(id, version, (who, item) -> item.cancel(who, reason, uc.calendar().now(), version));
    }

    @Override
    public List<WorkItem> visible(Filter filter, PageRequest page) {
        return uc.read(READ_WORK, () -> items.page(selection(filter), page));
    }

    @Override
    public long count(Filter filter) {
        return uc.read(READ_WORK, () -> items.count(selection(filter)));
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
        return uc.read(READ_WORK, () -> {
            var item = items.byId(id).orElseThrow(() -> new NotFound(TYPE.entity(), id));
            if (!maySee(participants.current(), item)) {
                throw new AccessDenied(uc.actor().name() + " may not see work item " + id);
            }
            return item;
        });
    }

    @Override
    public List<WorkItem> awaitingMySignOff() {
        return uc.read(ACT_ON_WORK, () -> items.page(awaiting(participants.current()),
                        new PageRequest(0, PageRequest.MAX_LIMIT)).stream()
                .filter(item -> item.status() == WorkItemStatus.AWAITING_SIGN_OFF)
                .toList());
    }

    @Override
    public long countAwaitingMe() {
        return uc.read(ACT_ON_WORK, () -> items.count(awaiting(participants.current())));
    }

    private static WorkItems.Selection awaiting(Participant who) {
        return new WorkItems.Selection(Optional.empty(), Optional.empty(), Optional.empty(), true, false,
                Optional.of(who));
    }

    @Override
    public List<DepartmentTally> boundaryTally() {
        return uc.read(SEE_ALL_WORK, () -> {
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
        return uc.read(ACT_ON_WORK, () -> participants.current().department());
    }

    /** Operations and auditors see every item; anyone else what they raised or what concerns their department. */
    private static boolean maySee(Participant who, WorkItem item) {
        return reader(who).map(r -> item.raisedBy().equals(r.name())
                || r.department().isPresent() && item.decision().department().equals(r.department())).orElse(true);
    }

    private interface Step {
        WorkItem apply(Participant who, WorkItem item);
    }

    /** Anyone signed in may try: the item's rule decides who may take which step. */
    private void change(WorkItemId id, long version, Step step) {
        uc.change(ACT_ON_WORK, TYPE, items, id, version, AuditAction.UPDATE, (me, before) -> {
            var who = participants.current();
            var after = step.apply(who, before);
            notices.changed(before, after, who);
            return after;
        });
    }

    private BoundaryPolicy policyToday() {
        var charter = new CharterHistory(charters.all()).inForceOn(uc.calendar().today())
                .orElseThrow(() -> new NotFound(CharterService.ENTITY, "in force"));
        return new BoundaryPolicy(charter);
    }

    @Override
    public WithSteps<WorkItem, WorkItemStep> detail(WorkItemId id) {
        var item = get(id);
        return uc.read(READ_WORK, () -> new WithSteps<>(item, item.allowedSteps(participants.current())));
    }
}
