package dev.opscharter.adapters.ui.costs;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.application.costs.CostFilter;
import dev.opscharter.application.costs.port.in.CostQueries;
import dev.opscharter.application.costs.port.in.ManageCosts;
import dev.opscharter.application.costs.port.in.ManageCosts.CostDraft;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.costs.Channel;
import dev.opscharter.domain.costs.CostType;
import dev.opscharter.domain.costs.CostsPermission;
import dev.opscharter.domain.costs.MonthlyCost;

import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * The monthly costs of the year chosen, newest month first, paged and filtered in the database by type,
 * channel and month.
 * Recorders add a cost, import a file, and open a cost to correct its amount.
 */
final class CostList extends Composite<VerticalLayout> {

    private final RecordList<MonthlyCost, CostFilter> list;
    private final ComboBox<YearMonth> month;
    private final IntSupplier year;

    CostList(CostQueries queries, ManageCosts manage, MyPermissions permissions, CostsTexts texts, IntSupplier year,
             Runnable changed) {
        this.year = year;
        var type = new ComboBox<CostType>(getTranslation("costs.cost.type"));
        type.setId("costs-type-filter");
        type.setItems(CostType.values());
        type.setItemLabelGenerator(texts::type);
        type.setClearButtonVisible(true);
        var channel = Choosers.channels("costs-channel-filter", getTranslation("costs.channel"), texts,
                queries.allChannels());
        month = Choosers.chooser("costs-month-filter", getTranslation("costs.month"), texts, year.getAsInt());
        month.setClearButtonVisible(true);

        list = new RecordList<>("costs", RecordSource.of(queries::costs, queries::countCosts), MonthlyCost::id,
                () -> new CostFilter(type.getOptionalValue(), channel.getOptionalValue().map(Channel::id),
                        Optional.of(Year.of(year.getAsInt())), month.getOptionalValue()));
        list.filters(type, channel, month);
        list.column("costs.month", c -> texts.month(c.month()), "month").setAutoWidth(true);
        list.column("costs.cost.type", c -> texts.type(c.type()), "type").setAutoWidth(true);
        list.column("costs.channel", c -> texts.channel(c.channel()), null).setFlexGrow(2);
        list.column("costs.amount", c -> texts.money(c.amount()), "amount").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        list.column("costs.note", MonthlyCost::note, null).setFlexGrow(2);
        Choosers.recording(list, "costs", "costs.cost.new", permissions.may(CostsPermission.RECORD),
                () -> openNew(manage, queries, texts, changed), () -> ImportDialog.costs(manage, texts, changed),
                cost -> openCorrection(manage, texts, cost, changed), "costs.cost.empty");
        getContent().setSizeFull();
        getContent().setPadding(false);
        getContent().add(list);
    }

    void refresh() {
        Choosers.year(month, year.getAsInt());
        list.refresh(null);
    }

    private void openNew(ManageCosts manage, CostQueries queries, CostsTexts texts, Runnable changed) {
        var request = RequestKey.fresh();
        var form = new FormLayout();
        var when = Choosers.chooser("cost-month", getTranslation("costs.month"), texts, year.getAsInt());
        var type = new ComboBox<CostType>(getTranslation("costs.cost.type"), CostType.values());
        type.setId("cost-type");
        type.setItemLabelGenerator(texts::type);
        var channel = Choosers.channels("cost-channel", getTranslation("costs.channel"), texts,
                queries.allChannels().stream().filter(Channel::active).toList());
        channel.setHelperText(getTranslation("costs.channel.none.help"));
        var amount = new BigDecimalField(getTranslation("costs.amount"));
        amount.setId("cost-amount");
        amount.setPrefixComponent(new Span("¥"));
        var note = new TextField(getTranslation("costs.note"));
        note.setId("cost-note");
        form.add(when, type, channel, amount, note);
        var errors = new FormErrors(form).bind("month", when).bind("type", type).bind("amount", amount)
                .bind("note", note);
        new FormDialog(getTranslation("costs.cost.new"), getTranslation("action.save"), "cost", form,
                () -> Attempt.run(form, errors, "costs.cost.saved", () -> manage.recordCost(request,
                        new CostDraft(when.getValue(), type.getValue(), channel.getOptionalValue().map(Channel::id),
                                amount.getValue(), note.getValue())), changed)).open();
    }

    private void openCorrection(ManageCosts manage, CostsTexts texts, MonthlyCost cost, Runnable changed) {
        var form = new FormLayout();
        var amount = new BigDecimalField(getTranslation("costs.amount"));
        amount.setId("cost-amount");
        amount.setValue(cost.amount());
        var note = new TextField(getTranslation("costs.note"));
        note.setId("cost-note");
        note.setValue(cost.note());
        form.add(amount, note);
        var errors = new FormErrors(form).bind("amount", amount).bind("note", note);
        var title = getTranslation("costs.cost.correct", texts.month(cost.month()), texts.type(cost.type()),
                texts.channel(cost.channel()));
        new FormDialog(title, getTranslation("action.save"), "cost", form,
                () -> Attempt.run(form, errors, "costs.cost.saved",
                        () -> manage.correctCost(cost.id(), amount.getValue(), note.getValue(), cost.version()),
                        changed)).open();
    }
}
