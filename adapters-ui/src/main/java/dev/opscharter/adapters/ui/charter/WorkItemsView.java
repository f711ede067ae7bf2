package dev.opscharter.adapters.ui.charter;

import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.organization.DisplayNames;
import dev.opscharter.application.organization.port.in.Directory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.adapters.ui.shared.kit.Roles;
import dev.opscharter.application.charter.port.in.CharterQueries;
import dev.opscharter.application.charter.port.in.ManageWorkItems;
import dev.opscharter.application.charter.port.in.WorkItemQueries;
import dev.opscharter.application.charter.port.in.WorkItemQueries.Filter;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.domain.charter.Involvement;
import dev.opscharter.domain.charter.WorkItem;
import dev.opscharter.domain.charter.WorkItemId;
import dev.opscharter.domain.organization.Department;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The work-item register: every task, request, action and escalation with the routing decision the
 * charter gave it. New work is routed the moment it is registered; the dialog shows the routing
 * before that. Operations and auditors see every item, a department lead what concerns their
 * department (the use case filters).
 */
@Route(value = "charter/work-items", layout = MainLayout.class)
@Menu(order = 12, title = "nav.charter.work-items")
@RolesAllowed({Roles.OPS_DIRECTOR, Roles.OPS_MANAGER, Roles.OPS_SPECIALIST, Roles.DEPARTMENT_LEAD, Roles.AUDITOR})
class WorkItemsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** {@code ?awaiting=me}: only what waits for the user (the home page's link); {@code ?item=<id>} opens one (a notification's link). */
    static final String AWAITING = "awaiting";
    static final String ITEM = "item";

    private final CharterQueries charter;
    private final ManageWorkItems manage;
    private final WorkItemQueries queries;
    private final CharterTexts texts;
    private final boolean mayAct;
    private final MyPermissions permissions;
    private final RecordList<WorkItem, Filter> list;
    private final ComboBox<Department> department = new ComboBox<>();
    private final ComboBox<Involvement> involvement = new ComboBox<>();
    private final Checkbox openOnly = new Checkbox();
    private final Checkbox awaitingMe = new Checkbox();
    private final Button details;

    WorkItemsView(CharterQueries charter, ManageWorkItems manage, WorkItemQueries queries,
                  DepartmentQueries departments, Directory directory,
                  AuthenticationContext authentication, MyPermissions permissions) {
        this.charter = charter;
        this.manage = manage;
        this.queries = queries;
        this.permissions = permissions;
        this.texts = new CharterTexts(this, departments.all(), new DisplayNames(directory));
        this.mayAct = authentication.hasAnyRole(Roles.OPS_DIRECTOR, Roles.OPS_MANAGER, Roles.OPS_SPECIALIST,
                Roles.DEPARTMENT_LEAD);
        addClassName("view");
        setSizeFull();
        setPadding(false);

        department.setId("work-items-department");
        department.setPlaceholder(getTranslation("charter.filter.all-departments"));
        department.setClearButtonVisible(true);
        department.setItems(texts.departments());
        department.setItemLabelGenerator(texts::name);
        involvement.setId("work-items-involvement");
        involvement.setPlaceholder(getTranslation("charter.filter.all-involvements"));
        involvement.setClearButtonVisible(true);
        involvement.setItems(Involvement.values());
        involvement.setItemLabelGenerator(texts::involvement);
        openOnly.setId("work-items-open-only");
        openOnly.setLabel(getTranslation("charter.filter.open-only"));
        awaitingMe.setId("work-items-awaiting-me");
        awaitingMe.setLabel(getTranslation("charter.filter.awaiting-me"));

        list = new RecordList<>("work-items", new WorkItemGrid("work-items-grid", texts), RecordSource.of(queries::visible, queries::count), WorkItem::id, this::filter);
        list.title(getPageTitle());
        list.filters(department, involvement, openOnly, awaitingMe);
        var create = list.action("charter.work-item.new", "work-item-new", this::openNew);
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(mayAct);
        details = list.action("charter.work-item.details", "work-items-details",
                () -> list.selected().ifPresent(this::openDetails));
        var registerFirst = new Button(getTranslation("charter.work-item.new"), e -> openNew());
        registerFirst.setId("work-items-empty-new");
        list.emptyState(mayAct ? "charter.work-item.empty.may-act" : "charter.work-item.empty",
                mayAct ? registerFirst : null);
        list.onSelectionChange(selected -> details.setEnabled(selected.isPresent()));
        list.onOpen(this::openDetails);
        add(list);
        refresh(null);
    }

    private Filter filter() {
        return new Filter(department.getOptionalValue().map(Department::id), involvement.getOptionalValue(),
                openOnly.getValue(), false, awaitingMe.getValue());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter(AWAITING).filter("me"::equals).ifPresent(me -> awaitingMe.setValue(true));
        parameters.getSingleParameter(ITEM).ifPresent(id -> {
            try {
                var itemId = WorkItemId.parse(id);
                new FormErrors(this).run(() -> openDetails(queries.get(itemId)));
            } catch (IllegalArgumentException notAnId) {
                FormErrors.error(this, getTranslation("error.not-found"));
            }
        });
    }

    /** The register pages from the database; the item just changed stays selected. */
    private void refresh(@Nullable WorkItemId keep) {
        // one read of the list: with the record just changed selected, or none if it is gone
        if (keep == null || !new FormErrors(this).run(() -> list.refresh(queries.get(keep)))) {
            list.refresh(null);
        }
        details.setEnabled(list.selected().isPresent());
    }

    private void openNew() {
        var form = new WorkItemForm(charter.inForce(), manage, texts);
        var request = RequestKey.fresh();
        var dialog = new FormDialog(getTranslation("charter.work-item.new"),
                getTranslation("charter.work-item.register"), "work-item", form, () -> register(form, request));
        dialog.setWidth("min(760px, 95vw)");
        dialog.open();
    }

    private boolean register(WorkItemForm form, RequestKey request) {
        if (!form.hasDutyType()) {
            return false;
        }
        var draft = form.getFormDataObject();
        var registered = new WorkItemId[1];
        boolean done = Attempt.run(this, form.errors(), "charter.work-item.registered",
                () -> registered[0] = manage.register(request, draft));
        refresh(registered[0]);
        return done;
    }

    private void openDetails(WorkItem item) {
        WorkItemDetails.open(queries, manage, texts, permissions, item.id(), () -> refresh(item.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("charter.work-items.title");
    }
}
