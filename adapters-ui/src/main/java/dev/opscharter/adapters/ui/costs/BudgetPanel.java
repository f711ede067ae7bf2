package dev.opscharter.adapters.ui.costs;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.application.costs.port.in.ManageBudgets;
import dev.opscharter.application.costs.port.in.ManageBudgets.BudgetLine;
import dev.opscharter.application.costs.port.in.ManageBudgets.Requested;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.costs.Budget;
import dev.opscharter.domain.costs.BudgetChange;
import dev.opscharter.domain.costs.BudgetUse;
import dev.opscharter.domain.costs.CostType;
import dev.opscharter.domain.costs.CostsPermission;

import java.util.function.IntSupplier;

/**
 * Each cost type's spending against its budget for the year (chart and table, over budget marked), the
 * budget change requests with their state — a change waits for Finance's sign-off on its work item —
 * and, for managers and directors, the request of a change.
 */
final class BudgetPanel extends Composite<VerticalLayout> {

    private final ManageBudgets budgets;
    private final CostsTexts texts;
    private final IntSupplier year;
    private final Grid<BudgetLine> lines = new Grid<>();
    private final Grid<Requested> changes = new Grid<>();
    private final Button request;

    BudgetPanel(ManageBudgets budgets, MyPermissions permissions, CostsTexts texts, IntSupplier year) {
        this.budgets = budgets;
        this.texts = texts;
        this.year = year;
        lines.setId("budget-lines");
        lines.setAllRowsVisible(true);
        lines.addColumn(l -> texts.type(l.type())).setHeader(texts.t("costs.cost.type")).setAutoWidth(true);
        lines.addColumn(l -> texts.money(l.spent())).setHeader(texts.t("costs.budget.spent"))
                .setTextAlign(ColumnTextAlign.END);
        lines.addColumn(l -> l.budget().map(Budget::amount).map(texts::money).orElse(texts.t("costs.budget.none")))
                .setHeader(texts.t("costs.budget.amount")).setTextAlign(ColumnTextAlign.END);
        lines.addColumn(l -> l.use().flatMap(BudgetUse::percentUsed)
                        .map(p -> Formats.percent(p.movePointLeft(2).doubleValue(), 1)).orElse("—"))
                .setHeader(texts.t("costs.budget.used")).setTextAlign(ColumnTextAlign.END);
        lines.addComponentColumn(l -> l.use().filter(BudgetUse::over)
                        .<com.vaadin.flow.component.Component>map(u -> new StatusBadge(texts.t("costs.budget.over"),
                                StatusBadge.Tone.ERROR))
                        .orElseGet(() -> new Span(l.pending().map(p -> texts.t("costs.budget.pending",
                                texts.money(p.amount()))).orElse(""))))
                .setHeader(texts.t("costs.budget.state")).setFlexGrow(2);
        changes.setId("budget-changes");
        changes.setAllRowsVisible(true);
        changes.addColumn(r -> texts.type(r.change().type())).setHeader(texts.t("costs.cost.type")).setAutoWidth(true);
        changes.addColumn(r -> texts.money(r.change().amount())).setHeader(texts.t("costs.budget.amount"))
                .setTextAlign(ColumnTextAlign.END);
        changes.addColumn(r -> r.change().reason()).setHeader(texts.t("costs.budget.reason")).setFlexGrow(2);
        changes.addColumn(r -> texts.person(r.change().requestedBy()) + ", " + Formats.dateTime(r.change().requestedAt()))
                .setHeader(texts.t("costs.budget.requested")).setAutoWidth(true);
        changes.addComponentColumn(r -> new StatusBadge(texts.t("costs.budget.change." + r.state().name()),
                switch (r.state()) {
                    case APPROVED -> StatusBadge.Tone.SUCCESS;
                    case PENDING -> StatusBadge.Tone.WARNING;
                    case WITHDRAWN -> StatusBadge.Tone.NEUTRAL;
                })).setHeader(texts.t("costs.budget.state")).setAutoWidth(true);
        request = new Button(texts.t("costs.budget.request"), e -> openRequest());
        request.setId("budget-request");
        request.addThemeVariants(ButtonVariant.PRIMARY);
        request.setVisible(permissions.may(CostsPermission.MANAGE));
        getContent().setPadding(false);
    }

    void refresh() {
        var use = budgets.use(year.getAsInt());
        lines.setItems(use);
        var requested = budgets.changes(year.getAsInt());
        changes.setItems(requested);
        changes.setVisible(!requested.isEmpty());
        getContent().removeAll();
        getContent().add(request, new BudgetChart(use, texts), lines, new H3(texts.t("costs.budget.changes")), changes);
    }

    private void openRequest() {
        var key = RequestKey.fresh();
        var form = new FormLayout();
        var type = new ComboBox<CostType>(texts.t("costs.cost.type"), CostType.values());
        type.setId("budget-type");
        type.setItemLabelGenerator(texts::type);
        var amount = new BigDecimalField(texts.t("costs.budget.amount"));
        amount.setId("budget-amount");
        amount.setPrefixComponent(new Span("¥"));
        var reason = new TextArea(texts.t("costs.budget.reason"));
        reason.setId("budget-reason");
        reason.setMaxLength(BudgetChange.MAX_REASON);
        form.add(type, amount, reason);
        var errors = new FormErrors(form).bind("type", type).bind("amount", amount).bind("reason", reason);
        new FormDialog(texts.t("costs.budget.request.title", Integer.toString(year.getAsInt())), texts.t("costs.budget.request"),
                "budget-change", form, () -> Attempt.run(form, errors, "costs.budget.requested-done",
                () -> budgets.request(key, year.getAsInt(), type.getValue(), amount.getValue(), reason.getValue()),
                this::refresh)).open();
    }
}
