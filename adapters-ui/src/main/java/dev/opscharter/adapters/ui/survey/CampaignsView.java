package dev.opscharter.adapters.ui.survey;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.opscharter.adapters.ui.survey.invite.InviteDialog;
import dev.opscharter.application.organization.port.in.PeopleQueries;
import dev.opscharter.application.survey.port.in.InviteRespondents;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.adapters.ui.shared.kit.Roles;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.application.survey.CampaignFilter;
import dev.opscharter.application.survey.port.in.CampaignQueries;
import dev.opscharter.application.survey.port.in.ManageCampaigns;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.survey.Campaign;
import dev.opscharter.domain.survey.CampaignId;
import dev.opscharter.domain.survey.CampaignState;
import dev.opscharter.domain.survey.SurveyPermission;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The survey campaigns (满意度调查), newest window first, paged and sorted in the database: title,
 * quarter, window, state, filtered by state. Preparers start a new campaign here; a campaign opens
 * in its dialog with the steps its rules give the user, the live response rates and the way to its
 * results. Department leads and auditors read; the use cases decide what each may see and do.
 */
@Route(value = "surveys", layout = MainLayout.class)
@Menu(order = 30, title = "nav.survey.campaigns")
@RolesAllowed({Roles.OPS_DIRECTOR, Roles.OPS_MANAGER, Roles.OPS_SPECIALIST, Roles.AUDITOR, Roles.DEPARTMENT_LEAD})
class CampaignsView extends VerticalLayout implements HasDynamicTitle {

    private final CampaignQueries queries;
    private final ManageCampaigns manage;
    private final InviteDialog invite;
    private final MyPermissions permissions;
    private final SurveyTexts texts;
    private final ComboBox<CampaignState> state = new ComboBox<>();
    private final RecordList<Campaign, CampaignFilter> list;

    CampaignsView(CampaignQueries queries, ManageCampaigns manage, InviteRespondents invite, PeopleQueries people,
                  DepartmentQueries departments, MyPermissions permissions) {
        this.queries = queries;
        this.manage = manage;
        this.invite = new InviteDialog(invite, people);
        this.permissions = permissions;
        this.texts = new SurveyTexts(this, departments);
        addClassName("view");
        setSizeFull();
        setPadding(false);

        state.setId("campaigns-state-filter");
        state.setPlaceholder(getTranslation("survey.campaigns.all-states"));
        state.setClearButtonVisible(true);
        state.setItems(CampaignState.values());
        state.setItemLabelGenerator(s -> getTranslation("survey.state." + s.name()));

        list = new RecordList<>("campaigns", RecordSource.of(queries::page, queries::count), Campaign::id,
                () -> new CampaignFilter(state.getOptionalValue()));
        list.title(getPageTitle());
        list.filters(state);
        boolean preparer = permissions.may(SurveyPermission.PREPARE);
        var create = list.action("survey.campaign.new", "campaigns-new", this::openNew);
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(preparer);
        var details = list.action("survey.campaigns.details", "campaigns-details",
                () -> list.selected().ifPresent(this::openDetails));
        details.setEnabled(false);
        list.column("survey.campaign.title", c -> texts.name(c.title()),
                texts.language() == Language.ZH_CN ? "titleZh" : "titleEn").setKey("title").setFlexGrow(3);
        list.column("survey.campaign.quarter", c -> texts.quarter(c.quarter()), null).setKey("quarter")
                .setAutoWidth(true);
        list.column("survey.campaign.window", c -> texts.window(c.window()), "opensOn").setKey("window")
                .setAutoWidth(true);
        list.badgeColumn("survey.campaign.state", c -> texts.state(c.state())).setKey("state")
                .setSortProperty("state");
        var first = new Button(getTranslation("survey.campaign.new"), e -> openNew());
        first.setId("campaigns-empty-new");
        list.emptyState(preparer ? "survey.campaigns.empty.preparer" : "survey.campaigns.empty",
                preparer ? first : null);
        list.onSelectionChange(selected -> details.setEnabled(selected.isPresent()));
        list.onOpen(this::openDetails);
        add(list);
        list.refresh(null);
    }

    private void openNew() {
        CampaignEditor.open(this, manage, queries, texts, null, this::refresh);
    }

    private void openDetails(Campaign campaign) {
        CampaignDetails.open(queries, manage, invite, texts, permissions, campaign.id(), () -> refresh(campaign.id()));
    }

    /** The list read again; the campaign just changed stays selected. */
    private void refresh(@Nullable CampaignId keep) {
        list.refresh(keep == null ? null : list.selected().filter(c -> c.id().equals(keep)).orElse(null));
    }

    private void refresh() {
        refresh(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.campaigns.title");
    }
}
