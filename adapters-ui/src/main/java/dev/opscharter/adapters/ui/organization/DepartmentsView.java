package dev.opscharter.adapters.ui.organization;

import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.kit.EditDialog;
import dev.opscharter.adapters.ui.shared.kit.RecordDialog;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.adapters.ui.shared.kit.Roles;
import dev.opscharter.adapters.ui.shared.kit.StepActions;
import dev.opscharter.adapters.ui.shared.kit.StepActions.StepForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.application.organization.DepartmentFilter;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.ManageDepartments;
import dev.opscharter.application.organization.port.in.ManageDepartments.DepartmentDraft;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentStep;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The administrator keeps the list of departments: adds them, and takes the steps a department gives
 * (edit, deactivate, reactivate) from the toolbar or the department's dialog.
 */
@Route(value = "admin/departments", layout = MainLayout.class)
@Menu(order = 81, title = "nav.organization.departments")
@RolesAllowed(Roles.ADMIN)
class DepartmentsView extends VerticalLayout implements HasDynamicTitle {

    private final ManageDepartments manage;
    private final DepartmentQueries queries;
    private final TextField filter = new TextField();
    private final RecordList<Department, DepartmentFilter> list;

    DepartmentsView(ManageDepartments manage, DepartmentQueries queries) {
        this.manage = manage;
        this.queries = queries;
        addClassName("view");
        setSizeFull();

        filter.setId("department-filter");
        filter.setPlaceholder(getTranslation("organization.department.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        // paged, filtered and sorted in the database
        list = new RecordList<>("departments", RecordSource.of(queries::page, queries::count), Department::id, () -> new DepartmentFilter(filter.getValue()));
        list.title(getPageTitle());
        list.filters(filter);
        list.action("organization.department.new", "department-new", () -> open(null, () -> list.refresh(null)))
                .addThemeVariants(ButtonVariant.PRIMARY);
        list.steps(steps("department"), d -> queries.detail(d.id()));
        var addFirst = new Button(getTranslation("organization.department.new"),
                e -> open(null, () -> list.refresh(null)));
        addFirst.setId("department-empty-new");
        list.emptyState("organization.department.empty", addFirst);
        configureColumns();
        list.onOpen(this::details);
        add(list);
        list.refresh(null);
    }

    /** The department's steps, with ids {@code <prefix>-edit}, {@code <prefix>-deactivate}, {@code <prefix>-reactivate}. */
    private StepActions<Department, DepartmentStep> steps(String prefix) {
        return new StepActions<Department, DepartmentStep>()
                .on(DepartmentStep.EDIT, "organization.action.edit", prefix + "-edit",
                        (owner, department, done) -> open(department, done))
                .on(DepartmentStep.DEACTIVATE, "organization.action.deactivate", prefix + "-deactivate",
                        StepForm.now("organization.department.deactivated", d -> manage.deactivate(d.id(), d.version())))
                .on(DepartmentStep.REACTIVATE, "organization.action.reactivate", prefix + "-reactivate",
                        StepForm.now("organization.department.reactivated", d -> manage.reactivate(d.id(), d.version())));
    }

    private void details(Department department) {
        new RecordDialog<>("department-details", () -> queries.detail(department.id()), d -> d.code().value(),
                (d, facts) -> {
                    facts.text("organization.department.name-zh", "department-details-name-zh", d.name().chinese());
                    facts.text("organization.department.name-en", "department-details-name-en", d.name().english());
                    facts.text("organization.department.kind", "department-details-kind",
                            getTranslation("department-kind." + d.kind().name()));
                    facts.item("organization.status", status(d));
                }, steps("department-details"), () -> list.refresh(null)).open();
    }

    private void configureColumns() {
        list.column("organization.department.code", d -> d.code().value(), "code").setAutoWidth(true);
        list.column("organization.department.name-zh", d -> d.name().chinese(), "nameZh");
        list.column("organization.department.name-en", d -> d.name().english(), "nameEn");
        list.column("organization.department.kind", d -> getTranslation("department-kind." + d.kind().name()), "kind")
                .setAutoWidth(true);
        list.badgeColumn("organization.status", this::status);
    }

    private StatusBadge status(Department department) {
        return department.active()
                ? new StatusBadge(getTranslation("organization.status.active"), StatusBadge.Tone.SUCCESS)
                : new StatusBadge(getTranslation("organization.status.inactive"), StatusBadge.Tone.NEUTRAL);
    }

    /** The editor for a new department (null) or for one as loaded; {@code done} runs after each save attempt. */
    private void open(@Nullable Department department, Runnable done) {
        EditDialog.of("department", new DepartmentForm(), DepartmentsView::draftOf)
                .creating(DepartmentForm.NEW, manage::create)
                .updating((d, draft) -> manage.update(d.id(), draft, d.version()), d -> queries.get(d.id()))
                .open(getTranslation(department == null ? "organization.department.new"
                        : "organization.department.edit"), department, done);
    }

    private static DepartmentDraft draftOf(Department department) {
        return new DepartmentDraft(department.code().value(), department.name().chinese(),
                department.name().english(), department.kind());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organization.departments.title");
    }
}
