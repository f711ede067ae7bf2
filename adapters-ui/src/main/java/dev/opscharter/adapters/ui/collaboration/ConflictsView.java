package dev.opscharter.adapters.ui.collaboration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
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
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.adapters.ui.shared.kit.Roles;
import dev.opscharter.application.charter.port.in.CharterQueries;
import dev.opscharter.application.charter.port.in.WorkItemQueries;
import dev.opscharter.application.collaboration.port.in.ConflictQueries;
import dev.opscharter.application.collaboration.port.in.ManageConflicts;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.collaboration.CollaborationPermission;
import dev.opscharter.domain.collaboration.Conflict;
import dev.opscharter.domain.collaboration.ConflictId;
import dev.opscharter.domain.organization.DepartmentCode;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The conflict register (部门冲突台账): conflicts between departments paged from the database with their parties,
 * matter and whether resolved; recording one, for managers and the director; a conflict's details with the agreed
 * resolution, who agreed it, a standing plan applied and the follow-up items; and the standing resolution plans.
 * {@code ?conflict=<id>} opens that conflict.
 */
@Route(value = "collaboration/conflicts", layout = MainLayout.class)
@Menu(order = 82, title = "nav.collaboration.conflicts")
@RolesAllowed({Roles.OPS_DIRECTOR, Roles.OPS_MANAGER, Roles.OPS_SPECIALIST, Roles.AUDITOR, Roles.DEPARTMENT_LEAD})
class ConflictsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String CONFLICT = "conflict";

    private final ConflictQueries queries;
    private final ManageConflicts manage;
    private final CollaborationTexts texts;
    private final ConflictDetails.Context context;
    private final RecordList<Conflict, Boolean> list;
    private final ResolutionPlansPanel plans;
    private final Button details;

    ConflictsView(ConflictQueries queries, ManageConflicts manage, CharterQueries charter, WorkItemQueries workItems,
                  DepartmentQueries departments, Directory directory, MyPermissions permissions) {
        this.queries = queries;
        this.manage = manage;
        this.texts = new CollaborationTexts(this, departments.all(), new DisplayNames(directory));
        this.context = new ConflictDetails.Context(queries, manage, charter,
                ActionItemsGrid.Routing.by(workItems), permissions, texts);
        addClassName("view");
        setSizeFull();
        setPadding(false);
        boolean manager = permissions.may(CollaborationPermission.MANAGE);

        list = new RecordList<>("conflicts", RecordSource.of(
                (Boolean all, PageRequest page) -> queries.conflicts(page), all -> queries.countConflicts()),
                Conflict::id, () -> Boolean.TRUE);
        var record = list.action("collaboration.conflict.new", "conflicts-new", this::record);
        record.addThemeVariants(ButtonVariant.PRIMARY);
        record.setVisible(manager);
        details = list.action("collaboration.conflict.details", "conflicts-details",
                () -> list.selected().ifPresent(c -> open(c.id())));
        list.column("collaboration.conflict.raised-at", c -> Formats.dateTime(c.raisedAt()), null).setKey("raised")
                .setAutoWidth(true);
        list.column("collaboration.conflict.parties", c -> texts.departments(c.parties()), null).setKey("parties")
                .setFlexGrow(2);
        list.column("collaboration.conflict.matter", Conflict::matter, null).setKey("matter").setFlexGrow(4);
        list.badgeColumn("collaboration.conflict.status", texts::conflictStatus).setKey("status");
        var first = new Button(getTranslation("collaboration.conflict.new"), e -> record());
        first.setId("conflicts-empty-new");
        list.emptyState(manager ? "collaboration.conflicts.empty.manager" : "collaboration.conflicts.empty",
                manager ? first : null);
        list.onSelectionChange(selected -> details.setEnabled(selected.isPresent()));
        list.onOpen(c -> open(c.id()));

        plans = new ResolutionPlansPanel(queries, manage, texts, manager);
        var tabs = new TabSheet();
        tabs.setId("conflicts-tabs");
        tabs.setSizeFull();
        tabs.add(getTranslation("collaboration.conflicts.tab.register"), list).setId("conflicts-tab-register");
        tabs.add(getTranslation("collaboration.conflicts.tab.plans"), plans).setId("conflicts-tab-plans");
        add(new H2(getPageTitle()), tabs);
        refresh(null);
    }

    private void refresh(@Nullable ConflictId keep) {
        if (keep == null || !new FormErrors(this).run(() -> list.refresh(queries.conflict(keep).record()))) {
            list.refresh(null);
        }
        details.setEnabled(list.selected().isPresent());
    }

    private void record() {
        var parties = new MultiSelectComboBox<DepartmentCode>(getTranslation("collaboration.conflict.parties"));
        parties.setId("conflict-new-parties");
        parties.setItems(texts.choosable());
        parties.setItemLabelGenerator(texts::department);
        parties.setRequiredIndicatorVisible(true);
        parties.setHelperText(getTranslation("collaboration.conflict.parties.help"));
        var matter = new TextArea(getTranslation("collaboration.conflict.matter"));
        matter.setId("conflict-new-matter");
        matter.setMaxLength(Conflict.MAX_MATTER);
        matter.setRequiredIndicatorVisible(true);
        var form = new FormLayout(parties, matter);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("min(620px, 90vw)");
        var errors = new FormErrors(this).bind("parties", parties).bind("matter", matter);
        var request = RequestKey.fresh();
        var recorded = new ConflictId[1];
        new FormDialog(getTranslation("collaboration.conflict.new"), getTranslation("action.save"), "conflict-new",
                form, () -> Attempt.run(this, errors, "collaboration.conflict.recorded",
                () -> recorded[0] = manage.record(request, parties.getValue(), matter.getValue()),
                () -> refresh(recorded[0]))).open();
    }

    private void open(ConflictId id) {
        ConflictDetails.open(context, id, () -> {
            refresh(id);
            plans.refresh();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(CONFLICT).ifPresent(text -> {
            try {
                open(ConflictId.parse(text));
            } catch (IllegalArgumentException notAnId) {
                FormErrors.error(this, getTranslation("error.not-found"));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("collaboration.conflicts.title");
    }
}
