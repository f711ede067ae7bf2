package dev.opscharter.adapters.ui.team;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.kit.Roles;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.application.organization.port.in.MyAccount;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.application.team.port.in.ManageTraining;
import dev.opscharter.application.team.port.in.RecordAppraisals;
import dev.opscharter.application.team.port.in.TeamQueries;
import dev.opscharter.application.team.port.in.TeamQueries.Member;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.SharedPermission;
import dev.opscharter.domain.team.TeamPermission;
import jakarta.annotation.security.RolesAllowed;

/**
 * The team (团队管理): the training plan of a year and the appraisal results of a quarter, each on its tab.
 * {@code ?year=2026} opens the plan of that year, {@code ?quarter=2026-Q3} the appraisals of that quarter: the
 * scorecard's drill-down leads here. What a user may do is asked of {@link MyPermissions} and the plan's steps; the
 * use cases check it again.
 */
@Route(value = "team", layout = MainLayout.class)
@Menu(order = 70, title = "nav.team.training")
@RolesAllowed({Roles.OPS_DIRECTOR, Roles.OPS_MANAGER, Roles.OPS_SPECIALIST, Roles.AUDITOR})
class TeamView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final TabSheet tabs = new TabSheet();
    private final TrainingPanel training;
    private final AppraisalsPanel appraisals;

    TeamView(TeamQueries queries, ManageTraining manage, RecordAppraisals record, Directory directory,
             MyAccount account, MyPermissions permissions) {
        addClassName("view");
        setSizeFull();
        setPadding(false);
        var texts = new TeamTexts(this, directory);
        var me = account.me().person();
        var mayReadHistory = permissions.may(SharedPermission.READ_AUDIT);
        training = new TrainingPanel(queries, manage, texts, permissions.may(TeamPermission.MANAGE), mayReadHistory);
        appraisals = new AppraisalsPanel(queries, record, texts, new Member(me.id(), me.name()),
                permissions.may(TeamPermission.RECORD), mayReadHistory);
        tabs.setId("team-tabs");
        tabs.setSizeFull();
        tabs.add(getTranslation("team.tab.training"), training).setId("team-tab-training");
        tabs.add(getTranslation("team.tab.appraisals"), appraisals).setId("team-tab-appraisals");
        add(new H2(getPageTitle()), tabs);
    }

    /** {@code ?year=} and {@code ?quarter=}, the scorecard drill-down's links; a malformed one is said, not guessed. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("year").ifPresent(text -> link(() -> {
            if (!(Period.parse(text) instanceof Period.Year year)) {
                throw new InvalidValue("year", "validation.period.invalid", text);
            }
            training.show(year.year());
            tabs.setSelectedIndex(0);
        }));
        parameters.getSingleParameter("quarter").ifPresent(text -> link(() -> {
            if (!(Period.parse(text) instanceof Period.Quarter quarter)) {
                throw new InvalidValue("quarter", "validation.period.invalid", text);
            }
            appraisals.show(quarter);
            tabs.setSelectedIndex(1);
        }));
    }

    private void link(Runnable open) {
        new FormErrors(this).run(open);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.title");
    }
}
