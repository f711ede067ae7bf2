package dev.opscharter.adapters.ui.organization;

import dev.opscharter.adapters.ui.shared.Toolbar;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.organization.port.in.ManageDepartments;
import dev.opscharter.application.organization.port.in.ManageDepartments.DepartmentDraft;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The administrator keeps the list of departments: add, rename, deactivate, reactivate. */
@Route(value = "admin/departments", layout = MainLayout.class)
@Menu(order = 81, title = "nav.organization.departments")
@RolesAllowed("ADMIN")
class DepartmentsView extends VerticalLayout implements HasDynamicTitle {

    private final ManageDepartments manage;
    private final DepartmentQueries queries;
    private final Grid<Department> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Button edit;
    private final Button deactivate;
    private final Button reactivate;
    /** The department in the open dialog as it was loaded, with the version the change is based on. */
    private @Nullable Department editing;

    DepartmentsView(ManageDepartments manage, DepartmentQueries queries) {
        this.manage = manage;
        this.queries = queries;
        addClassName("view");
        setSizeFull();

        filter.setId("department-filter");
        filter.setPlaceholder(getTranslation("organization.department.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getListDataView().refreshAll());
        var toolbar = new Toolbar(filter);
        toolbar.button("organization.department.new", "department-new", () -> open(null))
                .addThemeVariants(ButtonVariant.PRIMARY);
        edit = toolbar.button("organization.action.edit", "department-edit", () -> selected().ifPresent(this::open));
        deactivate = toolbar.button("organization.action.deactivate", "department-deactivate",
                () -> selected().ifPresent(d -> act("organization.department.deactivated", d.id(),
                        () -> manage.deactivate(d.id(), d.version()))));
        reactivate = toolbar.button("organization.action.reactivate", "department-reactivate",
                () -> selected().ifPresent(d -> act("organization.department.reactivated", d.id(),
                        () -> manage.reactivate(d.id(), d.version()))));

        configureGrid();
        add(new H2(getPageTitle()), toolbar, grid);
        refresh(null);
    }

    private void configureGrid() {
        grid.setId("departments-grid");
        grid.addColumn(d -> d.code().value()).setHeader(getTranslation("organization.department.code"))
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(d -> d.name().chinese()).setHeader(getTranslation("organization.department.name-zh"))
                .setSortable(true);
        grid.addColumn(d -> d.name().english()).setHeader(getTranslation("organization.department.name-en"))
                .setSortable(true);
        grid.addColumn(d -> getTranslation("department-kind." + d.kind().name()))
                .setHeader(getTranslation("organization.department.kind")).setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(d -> d.active()
                        ? new StatusBadge(getTranslation("organization.status.active"), StatusBadge.Tone.SUCCESS)
                        : new StatusBadge(getTranslation("organization.status.inactive"), StatusBadge.Tone.NEUTRAL))
                .setHeader(getTranslation("organization.status")).setAutoWidth(true);
        grid.addSelectionListener(e -> updateButtons());
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText(getTranslation("organization.empty"));
    }

    private boolean matches(Department department) {
        var needle = filter.getValue().strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty() || Stream.of(department.code().value(), department.name().chinese(),
                department.name().english()).anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(needle));
    }

    private void refresh(@Nullable DepartmentId keep) {
        var departments = queries.all();
        grid.setItems(departments).setFilter(this::matches);
        departments.stream().filter(d -> d.id().equals(keep)).findFirst().ifPresent(grid::select);
        updateButtons();
    }

    private Optional<Department> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateButtons() {
        var selected = selected();
        edit.setEnabled(selected.isPresent());
        deactivate.setEnabled(selected.filter(Department::active).isPresent());
        reactivate.setEnabled(selected.filter(d -> !d.active()).isPresent());
    }

    private void act(String successKey, DepartmentId id, Runnable useCase) {
        Attempt.run(this, successKey, useCase);
        refresh(id);
    }

    private void open(@Nullable Department department) {
        editing = department;
        var form = new DepartmentForm();
        form.setFormDataObject(department == null ? DepartmentForm.NEW : draftOf(department));
        var request = RequestKey.fresh();
        var dialog = new FormDialog(
                getTranslation(department == null ? "organization.department.new" : "organization.department.edit"),
                getTranslation("organization.action.save"), "department", form, () -> save(form, request));
        if (department != null) {
            dialog.allowReload("department-reload", () -> form.errors().run(() -> {
                var fresh = queries.get(department.id());
                editing = fresh;
                form.setFormDataObject(draftOf(fresh));
            }));
        }
        dialog.open();
    }

    private boolean save(DepartmentForm form, RequestKey request) {
        var draft = form.getFormDataObject();
        var loaded = editing;
        boolean saved = Attempt.run(this, form.errors(), "organization.saved", () -> {
            if (loaded == null) {
                manage.create(request, draft);
            } else {
                manage.update(loaded.id(), draft, loaded.version());
            }
        });
        refresh(loaded == null ? null : loaded.id());
        return saved;
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
