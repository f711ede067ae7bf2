package dev.opscharter.adapters.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.application.charter.port.in.WorkItemQueries;
import dev.opscharter.application.collaboration.port.in.CollaborationOverview;
import dev.opscharter.application.compliance.port.in.CorrectiveActionQueries;
import dev.opscharter.application.incidents.port.in.IncidentQueries;
import dev.opscharter.application.organization.port.in.DashboardQueries;
import dev.opscharter.application.organization.port.in.DashboardQueries.Dashboard;
import dev.opscharter.application.risks.RiskFilter;
import dev.opscharter.application.risks.port.in.RiskQueries;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.collaboration.CollaborationPermission;
import dev.opscharter.domain.incidents.IncidentsPermission;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.risks.RisksPermission;
import dev.opscharter.domain.shared.Language;
import jakarta.annotation.security.PermitAll;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Home: the organization at a glance, who I am here, and what needs my attention. Drawn again at
 * every visit (Vaadin keeps the view when the user clicks Home while on it), so the figures are live.
 */
@Route(value = "", layout = MainLayout.class)
@Menu(order = 0, title = "nav.home")
@PermitAll
class DashboardView extends VerticalLayout implements HasDynamicTitle, AfterNavigationObserver {

    private static final String CORRECTIVE_ACTIONS = "compliance/actions";
    /** The register filtered to what waits for the user: the link lands on exactly what the count counted. */
    static final String WORK_AWAITING_ME = "charter/work-items?awaiting=me";
    private static final String OVERDUE_INCIDENTS = "incidents";
    /** The register filtered to the risks waiting for the director's sign-off. */
    static final String RISKS_AWAITING_SIGN_OFF = "risks?awaiting=sign-off";

    private final DashboardQueries dashboards;
    private final WorkItemQueries workItems;
    private final CorrectiveActionQueries correctiveActions;
    private final IncidentQueries incidents;
    private final RiskQueries risks;
    private final CollaborationOverview collaboration;
    private final MyPermissions permissions;

    DashboardView(DashboardQueries dashboards, WorkItemQueries workItems, CorrectiveActionQueries correctiveActions,
                  IncidentQueries incidents, RiskQueries risks, CollaborationOverview collaboration,
                  MyPermissions permissions) {
        this.dashboards = dashboards;
        this.workItems = workItems;
        this.correctiveActions = correctiveActions;
        this.incidents = incidents;
        this.risks = risks;
        this.collaboration = collaboration;
        this.permissions = permissions;
        addClassName("dashboard");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        removeAll();
        var dashboard = dashboards.forCurrentUser();
        var greeting = new H2(getTranslation("dashboard.greeting", dashboard.userName()));
        greeting.setId("dashboard-greeting");
        var cards = new Div(organization(dashboard), me(dashboard), attention(dashboard));
        collaboration(dashboard, cards);
        cards.add(headcount(dashboard));
        cards.addClassName("card-grid");
        add(greeting, cards);
    }

    private Component organization(Dashboard dashboard) {
        var card = card("dashboard.organization", "card-organization");
        card.add(new Span(dashboard.organizationName()));
        card.add(figure("dashboard.departments", dashboard.activeDepartments()),
                figure("dashboard.people", dashboard.activePeople()),
                figure("dashboard.core-staff", dashboard.coreStaff()),
                figure("dashboard.accounts", dashboard.userAccounts()));
        var zone = new Span(getTranslation("dashboard.time-zone", dashboard.zoneId()));
        zone.addClassName("muted");
        card.add(zone);
        return card;
    }

    private Component me(Dashboard dashboard) {
        var card = card("dashboard.my-roles", "card-roles");
        var roles = new Div();
        roles.addClassName("badges");
        if (dashboard.roles().isEmpty()) {
            roles.add(new Span(getTranslation("dashboard.no-roles")));
        }
        dashboard.roles().stream().sorted().forEach(role -> {
            var badge = new Span(getTranslation("role." + role.name()));
            badge.addClassName("badge");
            roles.add(badge);
        });
        card.add(roles);
        dashboard.userDepartment().ifPresent(department -> {
            var line = new Span(getTranslation("dashboard.my-department",
                    department.name().in(Language.of(Formats.locale()))));
            line.addClassName("muted");
            card.add(line);
        });
        return card;
    }

    private Component attention(Dashboard dashboard) {
        var card = card("dashboard.attention", "card-attention");
        var items = new ArrayList<Anchor>();
        // work waiting for this user comes first: handed to their department, or theirs to sign off
        long awaiting = workItems.countAwaitingMe();
        if (awaiting > 0) {
            items.add(attentionLink(WORK_AWAITING_ME, getTranslation("attention.WORK_AWAITING", awaiting)));
        }
        // then rectification: overdue actions in the user's hands, actions to verify, the rest in their hands
        var rectification = correctiveActions.attention();
        attentionIf(items, rectification.myOverdue(), "attention.ACTIONS_OVERDUE");
        attentionIf(items, rectification.toVerify(), "attention.ACTIONS_TO_VERIFY");
        attentionIf(items, rectification.inMyHands() - rectification.myOverdue(), "attention.ACTIONS_IN_MY_HANDS");
        // major risks whose closing or acceptance waits for the director
        if (permissions.may(RisksPermission.SIGN_OFF)) {
            long awaitingSignOff = risks.count(RiskFilter.AWAITING_SIGN_OFF);
            if (awaitingSignOff > 0) {
                items.add(attentionLink(RISKS_AWAITING_SIGN_OFF,
                        getTranslation("attention.RISKS_AWAITING_SIGN_OFF", awaitingSignOff)));
            }
        }
        // incidents whose step is past its limit, for whoever handles incidents
        if (permissions.may(IncidentsPermission.HANDLE)) {
            int overdue = incidents.countOverdue();
            if (overdue > 0) {
                items.add(attentionLink(OVERDUE_INCIDENTS, getTranslation("attention.INCIDENT_STEPS_OVERDUE", overdue)));
            }
        }
        for (var item : dashboard.attention()) {
            items.add(attentionLink(item.route(), getTranslation("attention." + item.kind().name(), item.count())));
        }
        if (items.isEmpty()) {
            var clear = new Span(getTranslation("dashboard.attention.none"));
            clear.addClassName("all-clear");
            card.add(clear);
        }
        items.forEach(card::add);
        return card;
    }

    private void attentionIf(List<Anchor> items, int count, String key) {
        if (count > 0) {
            items.add(attentionLink(CORRECTIVE_ACTIONS, getTranslation(key, count)));
        }
    }

    private static Anchor attentionLink(String route, String text) {
        var link = new Anchor(route, text);
        link.addClassName("attention-item");
        return link;
    }

    /**
     * Those who manage collaboration see what is past due across the departments; a department lead sees what
     * involves their department.
     */
    private void collaboration(Dashboard dashboard, Div cards) {
        var language = Language.of(Formats.locale());
        var names = dashboard.headcount().stream().map(DashboardQueries.Headcount::department)
                .collect(Collectors.toMap(Department::code, department -> department.name().in(language)));
        Function<DepartmentCode, String> nameOf = code -> names.getOrDefault(code, code.value());
        if (permissions.may(CollaborationPermission.MANAGE)) {
            cards.add(CollaborationCard.of(collaboration.overdue(), nameOf));
        } else if (permissions.may(CollaborationPermission.READ)) {
            collaboration.myDepartment().ifPresent(view -> cards.add(CollaborationCard.of(view, nameOf)));
        }
    }

    /** A bar per department, widths relative to the largest; plain HTML so no chart library is needed. */
    private Component headcount(Dashboard dashboard) {
        var card = card("dashboard.headcount", "card-headcount");
        int max = dashboard.headcount().stream().mapToInt(DashboardQueries.Headcount::people).max().orElse(0);
        var language = Language.of(Formats.locale());
        for (var row : dashboard.headcount()) {
            var label = new Span(row.department().name().in(language));
            label.addClassName("bar-label");
            var bar = new Div();
            bar.addClassName("bar");
            bar.getStyle().set("width", (max == 0 ? 0 : 100.0 * row.people() / max) + "%");
            var value = new Span(Formats.number(row.people()));
            value.addClassName("bar-value");
            var track = new Div(bar);
            track.addClassName("bar-track");
            var line = new Div(label, track, value);
            line.addClassName("bar-row");
            card.add(line);
        }
        return card;
    }

    private Div card(String titleKey, String id) {
        var card = new Div(new H3(getTranslation(titleKey)));
        card.addClassName("card");
        card.setId(id);
        return card;
    }

    private Div figure(String labelKey, int value) {
        var number = new Span(Formats.number(value));
        number.addClassName("figure-value");
        var label = new Span(getTranslation(labelKey));
        label.addClassName("figure-label");
        var figure = new Div(number, label);
        figure.addClassName("figure");
        return figure;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.name");
    }
}
