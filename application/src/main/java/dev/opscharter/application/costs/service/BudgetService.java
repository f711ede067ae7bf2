package dev.opscharter.application.costs.service;

import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.in.ManageWorkItems.WorkItemDraft;
import dev.opscharter.application.charter.port.out.WorkItems;
import dev.opscharter.application.costs.port.in.ManageBudgets;
import dev.opscharter.application.costs.port.out.BudgetChanges;
import dev.opscharter.application.costs.port.out.MonthlyCosts;
import dev.opscharter.application.shared.RecordType;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.charter.WorkItemKind;
import dev.opscharter.domain.costs.Budget;
import dev.opscharter.domain.costs.BudgetChange;
import dev.opscharter.domain.costs.BudgetChangeId;
import dev.opscharter.domain.costs.CostType;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.opscharter.domain.costs.CostsPermission.MANAGE;
import static dev.opscharter.domain.costs.CostsPermission.READ;

/**
 * Budget change requests as work items of the charter's budget approval, and each type's spending
 * against the budget in force. Whether a change applies is read from its work item every time: the
 * charter decides who signs it off, this service only reads whether it is done.
 */
public final class BudgetService implements ManageBudgets {

    static final RecordType<BudgetChangeId, BudgetChange> CHANGE = new RecordType<>("BudgetChange",
            BudgetChange::id, change -> change.year() + " " + change.type(), BudgetService::snapshot,
            change -> 0, BudgetChangeId::toString, text -> new BudgetChangeId(UUID.fromString(text)));

    private final BudgetChanges changes;
    private final MonthlyCosts costs;
    private final ManageWorkItems manageWork;
    private final WorkItems workItems;
    private final UseCase uc;

    public BudgetService(BudgetChanges changes, MonthlyCosts costs, ManageWorkItems manageWork, WorkItems workItems,
                         UseCase uc) {
        this.changes = changes;
        this.costs = costs;
        this.manageWork = manageWork;
        this.workItems = workItems;
        this.uc = uc;
    }

    @Override
    public BudgetChangeId request(RequestKey request, int year, CostType type, BigDecimal amount, String reason) {
        return uc.create(MANAGE, request, CHANGE, changes, me -> {
            var at = uc.calendar().now();
            var checked = BudgetChange.request(year, type, amount, reason, me.name(), at,
                    new WorkItemId(UUID.randomUUID()));
            var item = manageWork.register(request.derived("budget-change"), draft(checked));
            return new BudgetChange(checked.id(), year, type, checked.amount(), checked.reason(), me.name(), at, item);
        });
    }

    @Override
    public List<BudgetLine> use(int year) {
        return uc.read(READ, () -> {
            var requested = changes.ofYear(year);
            Map<BudgetChange, BudgetChange.State> states = new LinkedHashMap<>();
            requested.forEach(change -> states.put(change, stateOf(change)));
            var spent = costs.typeTotals(year);
            return Arrays.stream(CostType.values()).map(type -> new BudgetLine(type,
                    Budget.inForce(year, type, requested, states::get),
                    spent.getOrDefault(type, BigDecimal.ZERO.setScale(2)),
                    requested.stream()
                            .filter(change -> change.type() == type && states.get(change) == BudgetChange.State.PENDING)
                            .max(Comparator.comparing(BudgetChange::requestedAt))))
                    .toList();
        });
    }

    @Override
    public List<Requested> changes(int year) {
        return uc.read(READ, () -> changes.ofYear(year).stream()
                .sorted(Comparator.comparing(BudgetChange::requestedAt).reversed())
                .map(change -> new Requested(change, stateOf(change)))
                .toList());
    }

    /** A change whose work item is gone (never, but a restore could) applies to nothing. */
    private BudgetChange.State stateOf(BudgetChange change) {
        return workItems.byId(change.workItem()).map(WorkItem::status).map(BudgetChange.State::of)
                .orElse(BudgetChange.State.WITHDRAWN);
    }

    private static WorkItemDraft draft(BudgetChange change) {
        var title = "预算调整 / Budget change: " + change.year() + " " + change.type() + " → "
                + change.amount().toPlainString();
        return new WorkItemDraft(WorkItemKind.REQUEST, title, change.reason(), DUTY_TYPE, Optional.empty());
    }

    private static Map<String, String> snapshot(BudgetChange change) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("year", Integer.toString(change.year()));
        fields.put("type", change.type().name());
        fields.put("amount", change.amount().toPlainString());
        fields.put("reason", change.reason());
        fields.put("workItem", change.workItem().toString());
        return fields;
    }
}
