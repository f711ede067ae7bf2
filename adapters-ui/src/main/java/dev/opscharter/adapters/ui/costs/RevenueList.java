package dev.opscharter.adapters.ui.costs;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.application.costs.RevenueFilter;
import dev.opscharter.application.costs.port.in.CostQueries;
import dev.opscharter.application.costs.port.in.ManageCosts;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.costs.Channel;
import dev.opscharter.domain.costs.ChannelRevenue;
import dev.opscharter.domain.costs.CostsPermission;

import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * The revenue attributed to each channel per month in the year chosen, newest first, paged and filtered in
 * the database; recorders add, import and correct it.
 */
final class RevenueList extends Composite<VerticalLayout> {

    private final RecordList<ChannelRevenue, RevenueFilter> list;
    private final ComboBox<YearMonth> month;
    private final IntSupplier year;

    RevenueList(CostQueries queries, ManageCosts manage, MyPermissions permissions, CostsTexts texts,
                IntSupplier year, Runnable changed) {
        this.year = year;
        var channel = Choosers.channels("revenue-channel-filter", getTranslation("costs.channel"), texts,
                queries.allChannels());
        month = Choosers.chooser("revenue-month-filter", getTranslation("costs.month"), texts, year.getAsInt());
        month.setClearButtonVisible(true);
        list = new RecordList<>("revenue", RecordSource.of(queries::revenues, queries::countRevenues),
                ChannelRevenue::id, () -> new RevenueFilter(channel.getOptionalValue().map(Channel::id),
                Optional.of(Year.of(year.getAsInt())), month.getOptionalValue()));
        list.filters(channel, month);
        list.column("costs.month", r -> texts.month(r.month()), "month").setAutoWidth(true);
        list.column("costs.channel", r -> texts.channel(r.channel()), null).setFlexGrow(2);
        list.column("costs.revenue", r -> texts.money(r.revenue()), "revenue").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        Choosers.recording(list, "revenue", "costs.revenue.new", permissions.may(CostsPermission.RECORD),
                () -> openNew(manage, queries, texts, changed), () -> ImportDialog.revenue(manage, texts, changed),
                revenue -> openCorrection(manage, texts, revenue, changed), "costs.revenue.empty");
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
        var when = Choosers.chooser("revenue-month", getTranslation("costs.month"), texts, year.getAsInt());
        var channel = Choosers.channels("revenue-channel", getTranslation("costs.channel"), texts,
                queries.allChannels().stream().filter(Channel::active).toList());
        var amount = amount();
        form.add(when, channel, amount);
        var errors = new FormErrors(form).bind("month", when).bind("channel", channel).bind("revenue", amount);
        new FormDialog(getTranslation("costs.revenue.new"), getTranslation("action.save"), "revenue", form,
                () -> Attempt.run(form, errors, "costs.revenue.saved", () -> manage.recordRevenue(request,
                        channel.getValue() == null ? null : channel.getValue().id(), when.getValue(),
                        amount.getValue()), changed)).open();
    }

    private void openCorrection(ManageCosts manage, CostsTexts texts, ChannelRevenue revenue, Runnable changed) {
        var form = new FormLayout();
        var amount = amount();
        amount.setValue(revenue.revenue());
        form.add(amount);
        var errors = new FormErrors(form).bind("revenue", amount);
        new FormDialog(getTranslation("costs.revenue.correct", texts.channel(revenue.channel()),
                texts.month(revenue.month())), getTranslation("action.save"), "revenue", form,
                () -> Attempt.run(form, errors, "costs.revenue.saved",
                        () -> manage.correctRevenue(revenue.id(), amount.getValue(), revenue.version()), changed))
                .open();
    }

    private BigDecimalField amount() {
        var amount = new BigDecimalField(getTranslation("costs.revenue"));
        amount.setId("revenue-amount");
        amount.setPrefixComponent(new Span("¥"));
        return amount;
    }
}
