package dev.opscharter.adapters.ui.risks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.organization.DisplayNames;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.adapters.ui.shared.kit.Roles;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.application.risks.RiskFilter;
import dev.opscharter.application.risks.port.in.ManageRisks;
import dev.opscharter.application.risks.port.in.RecordRiskFigures;
import dev.opscharter.application.risks.port.in.RiskQueries;
import dev.opscharter.application.risks.port.in.RunRiskReviews;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.application.targets.port.in.TargetQueries;
import dev.opscharter.domain.risks.Risk;
import dev.opscharter.domain.risks.RiskId;
import dev.opscharter.domain.risks.RiskLevel;
import dev.opscharter.domain.risks.RiskStatus;
import dev.opscharter.domain.risks.RisksPermission;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * The risk register (风险台账): the risks paged from the database — filtered by level, status, category and text,
 * sorted by code, score or title — with a new-risk form for managers and the director, each risk's details with
 * its steps, indicators, figures and history; the likelihood × impact heat map of the open risks; the monthly and
 * quarterly reviews. {@code ?risk=<id>} (the link of a breach notice) opens that risk. What a user may do is asked of {@link MyPermissions}; the use cases check it again.
 */
@Route(value = "risks", layout = MainLayout.class)
@Menu(order = 60, title = "nav.risk.register")
@RolesAllowed({Roles.OPS_DIRECTOR, Roles.OPS_MANAGER, Roles.OPS_SPECIALIST, Roles.AUDITOR})
class RisksView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The value of {@code ?awaiting=} that lists the risks waiting for the director's sign-off. */
    static final String AWAITING_SIGN_OFF = "sign-off";

    private final RiskQueries queries;
    private final ManageRisks manage;
    private final Directory directory;
    private final RiskTexts texts;
    private final RiskDetails.Context context;
    private final RecordList<Risk, RiskFilter> list;
    private final HeatMap heatMap;
    private final ReviewsPanel reviews;
    private final ComboBox<RiskLevel> level = new ComboBox<>();
    private final ComboBox<RiskStatus> status = new ComboBox<>();
    private final TextField category = new TextField();
    private final TextField search = new TextField();
    private final Checkbox awaiting = new Checkbox();
    private final Button details;

    RisksView(RiskQueries queries, ManageRisks manage, RecordRiskFigures figures, RunRiskReviews runReviews,
              TargetQueries targets, Directory directory, MyPermissions permissions) {
        this.queries = queries;
        this.manage = manage;
        this.directory = directory;
        this.texts = new RiskTexts(this, new DisplayNames(directory));
        this.context = new RiskDetails.Context(queries, manage, figures, permissions, texts, targets::metrics);
        addClassName("view");
        setSizeFull();
        setPadding(false);
        boolean manager = permissions.may(RisksPermission.MANAGE);

        level.setId("risks-level-filter");
        level.setPlaceholder(getTranslation("risks.filter.all-levels"));
        level.setItems(RiskLevel.values());
        level.setItemLabelGenerator(texts::level);
        level.setClearButtonVisible(true);
        status.setId("risks-status-filter");
        status.setPlaceholder(getTranslation("risks.filter.all-statuses"));
        status.setItems(RiskStatus.values());
        status.setItemLabelGenerator(texts::status);
        status.setClearButtonVisible(true);
        category.setId("risks-category-filter");
        category.setPlaceholder(getTranslation("risks.field.category"));
        category.setClearButtonVisible(true);
        search.setId("risks-search");
        search.setPlaceholder(getTranslation("risks.filter.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        awaiting.setId("risks-awaiting-filter");
        awaiting.setLabel(getTranslation("risks.filter.awaiting-sign-off"));

        list = new RecordList<>("risks", RecordSource.of(queries::risks, queries::count), Risk::id, this::filter);
        list.filters(level, status, category, search, awaiting);
        var create = list.action("risks.new", "risks-new", this::openNew);
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(manager);
        details = list.action("risks.details", "risks-details", () -> list.selected().ifPresent(this::openDetails));
        list.column("risks.field.code", Risk::code, "code").setKey("code").setAutoWidth(true);
        list.column("risks.field.title", Risk::title, "title").setKey("title").setFlexGrow(3);
        list.column("risks.field.category", Risk::category, null).setKey("category");
        list.column("risks.field.owner", r -> texts.person(r.owner()), null).setKey("owner");
        list.column("risks.field.score", r -> r.rating().score(), "score").setKey("score").setAutoWidth(true);
        list.badgeColumn("risks.field.level", r -> texts.levelBadge(r.level())).setKey("level");
        list.badgeColumn("risks.field.status", texts::statusBadge).setKey("status");
        var first = new Button(getTranslation("risks.new"), e -> openNew());
        first.setId("risks-empty-new");
        list.emptyState(manager ? "risks.empty.manager" : "risks.empty", manager ? first : null);
        list.onSelectionChange(selected -> details.setEnabled(selected.isPresent()));
        list.onOpen(this::openDetails);

        heatMap = new HeatMap(texts);
        reviews = new ReviewsPanel(runReviews, queries, texts, manager);
        var tabs = new TabSheet();
        tabs.setId("risks-tabs");
        tabs.setSizeFull();
        tabs.add(getTranslation("risks.tab.register"), list).setId("risks-tab-register");
        tabs.add(getTranslation("risks.tab.heat-map"), heatMap).setId("risks-tab-heat-map");
        tabs.add(getTranslation("risks.tab.reviews"), reviews).setId("risks-tab-reviews");
        add(new H2(getPageTitle()), tabs);
        refresh(null);
        reviews.refresh();
    }

    private RiskFilter filter() {
        var typed = category.getValue().strip();
        return new RiskFilter(status.getOptionalValue(), level.getOptionalValue(),
                typed.isEmpty() ? Optional.empty() : Optional.of(typed), Optional.empty(), search.getValue(),
                awaiting.getValue());
    }

    /** The register page and the heat map read again; the risk just changed stays selected. */
    private void refresh(@Nullable RiskId keep) {
        if (keep == null || !new FormErrors(this).run(() -> list.refresh(queries.risk(keep).record()))) {
            list.refresh(null);
        }
        details.setEnabled(list.selected().isPresent());
        heatMap.show(queries.heatMap(RiskFilter.OPEN));
    }

    private void openNew() {
        var owners = directory.displayNames().entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).toList();
        var categories = queries.risks(RiskFilter.ALL, PageRequest.first(PageRequest.MAX_LIMIT)).stream()
                .map(Risk::category).distinct().sorted(Comparator.naturalOrder()).limit(12).toList();
        var form = new RiskForm(texts, categories, owners);
        var request = RequestKey.fresh();
        var created = new RiskId[1];
        var dialog = new FormDialog(getTranslation("risks.new"), getTranslation("risks.create"), "risk-new", form,
                () -> Attempt.run(this, form.errors(), "risks.created",
                        () -> created[0] = manage.identify(request, form.value()), () -> refresh(created[0])));
        dialog.setWidth("min(760px, 95vw)");
        dialog.open();
    }

    /**
     * {@code ?risk=<id>}, the link of a breach notice, opens that risk; {@code ?awaiting=sign-off}, the director's
     * home page's link, lists the risks whose closing or acceptance waits for the sign-off.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("awaiting").filter(AWAITING_SIGN_OFF::equals)
                .ifPresent(asked -> awaiting.setValue(true));
        parameters.getSingleParameter("risk").ifPresent(text -> {
            try {
                var id = RiskId.parse(text);
                RiskDetails.open(context, id, () -> refresh(id));
            } catch (IllegalArgumentException notAnId) {
                FormErrors.error(this, getTranslation("error.not-found"));
            }
        });
    }

    private void openDetails(Risk risk) {
        RiskDetails.open(context, risk.id(), () -> refresh(risk.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("risks.title");
    }
}
