package dev.opscharter.adapters.ui.costs;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.organization.DisplayNames;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.kit.Roles;
import dev.opscharter.application.costs.port.in.CostQueries;
import dev.opscharter.application.costs.port.in.ManageBudgets;
import dev.opscharter.application.costs.port.in.ManageCosts;
import dev.opscharter.application.costs.port.in.RoiDecisions;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.application.shared.port.in.MyPermissions;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.stream.IntStream;

/**
 * Costs and ROI (成本与投入产出): the monthly costs and channel revenue as paged lists with their
 * imports, the return of each channel with the flagged months and their decisions, and each cost
 * type's spending against its budget, for a year chosen at the top; and the channels, which managers and
 * directors add, rename and stop. What a user may do is asked of
 * {@link MyPermissions}; the use cases check it again.
 */
@Route(value = "costs", layout = MainLayout.class)
@Menu(order = 52, title = "nav.operations.costs")
@RolesAllowed({Roles.OPS_DIRECTOR, Roles.OPS_MANAGER, Roles.OPS_SPECIALIST, Roles.AUDITOR, Roles.DEPARTMENT_LEAD})
class CostsView extends VerticalLayout implements HasDynamicTitle {

    private final ComboBox<Integer> year = new ComboBox<>();
    private final CostList costs;
    private final RevenueList revenue;
    private final RoiPanel roi;
    private final BudgetPanel budget;
    private final ChannelList channels;
    private final CostQueries queries;
    private final CostsTexts texts;

    CostsView(CostQueries queries, ManageCosts manage, RoiDecisions decisions, ManageBudgets budgets,
              Directory directory, MyPermissions permissions) {
        addClassName("view");
        setSizeFull();
        setPadding(false);
        this.queries = queries;
        this.texts = new CostsTexts(this, queries.allChannels(), new DisplayNames(directory));
        var thisYear = LocalDate.now(Formats.timeZone()).getYear();
        year.setId("costs-year");
        year.setLabel(getTranslation("costs.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 4, thisYear + 1).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(thisYear);
        year.setAllowCustomValue(false);

        costs = new CostList(queries, manage, permissions, texts, this::year, this::changed);
        revenue = new RevenueList(queries, manage, permissions, texts, this::year, this::changed);
        roi = new RoiPanel(decisions, permissions, texts, this::year);
        budget = new BudgetPanel(budgets, permissions, texts, this::year);
        channels = new ChannelList(queries, manage, permissions, texts, this::channelChanged);

        var tabs = new TabSheet();
        tabs.setId("costs-tabs");
        tabs.setSizeFull();
        tabs.add(getTranslation("costs.tab.costs"), costs).setId("costs-tab-costs");
        tabs.add(getTranslation("costs.tab.revenue"), revenue).setId("costs-tab-revenue");
        tabs.add(getTranslation("costs.tab.roi"), roi).setId("costs-tab-roi");
        tabs.add(getTranslation("costs.tab.budget"), budget).setId("costs-tab-budget");
        tabs.add(getTranslation("costs.tab.channels"), channels).setId("costs-tab-channels");
        year.addValueChangeListener(e -> changed());
        add(new HorizontalLayout(year), tabs);
        changed();
        channels.refresh();
    }

    private int year() {
        return year.getOptionalValue().orElse(LocalDate.now(Formats.timeZone()).getYear());
    }

    /** A cost or revenue recorded changes the return and the budgets' use: everything is read again. */
    private void changed() {
        costs.refresh();
        revenue.refresh();
        roi.refresh();
        budget.refresh();
    }

    /** A channel renamed or stopped: the other tabs name it anew. */
    private void channelChanged() {
        texts.channels(queries.allChannels());
        changed();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("costs.title");
    }
}
