package dev.opscharter.adapters.ui.organization;

import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
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
import dev.opscharter.application.shared.PageRequest;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.organization.DepartmentId;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** The administrator keeps the list of departments: add, rename, deactivate, reactivate. */
@Route(value = "admin/departments", layout = MainLayout.class)
@Menu(order = 81, title = "nav.organization.departments")
@RolesAllowed("ADMIN")
class DepartmentsView extends VerticalLayout implements HasDynamicTitle {

    private final ManageDepartments manage;
    private final DepartmentQueries queries;
    private final TextField filter = new TextField();
    private final RecordList<Department, DepartmentFilter> list;
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
        // paged, filtered and sorted in the database
        list = new RecordList<>("departments", new RecordSource<>() {
            public List<Department> page(DepartmentFilter filter, PageRequest page) {
                return queries.page(filter, page);
            }

            public long count(DepartmentFilter filter) {
                return queries.count(filter);
            }
        }, Department::id, () -> new DepartmentFilter(filter.getValue()));
        list.title(getPageTitle());
        list.filters(filter);
        list.action("organization.department.new", "department-new", () -> open(null))
                .addThemeVariants(ButtonVariant.PRIMARY);
        edit = list.action("organization.action.edit", "department-edit", () -> list.selected().ifPresent(this::open));
        deactivate = list.action("organization.action.deactivate", "department-deactivate",
                () -> list.selected().ifPresent(d -> act("organization.department.deactivated", d.id(),
                        () -> manage.deactivate(d.id(), d.version()))));
        reactivate = list.action("organization.action.reactivate", "department-reactivate",
                () -> list.selected().ifPresent(d -> act("organization.department.reactivated", d.id(),
                        () -> manage.reactivate(d.id(), d.version()))));
        var addFirst = new Button(getTranslation("organization.department.new"), e -> open(null));
        addFirst.setId("department-empty-new");
        list.emptyState("organization.department.empty", addFirst);
        configureColumns();
        list.onSelectionChange(selected -> updateButtons());
        list.onOpen(this::open);
        add(list);
        refresh(null);
    }

    private void configureColumns() {
        list.column("organization.department.code", d -> d.code().value(), "code").setAutoWidth(true);
        list.column("organization.department.name-zh", d -> d.name().chinese(), "nameZh");
        list.column("organization.department.name-en", d -> d.name().english(), "nameEn");
        list.column("organization.department.kind", d -> getTranslation("department-kind." + d.kind().name()), "kind")
                .setAutoWidth(true);
        list.badgeColumn("organization.status", d -> d.active()
                ? new StatusBadge(getTranslation("organization.status.active"), StatusBadge.Tone.SUCCESS)
                : new StatusBadge(getTranslation("organization.status.inactive"), StatusBadge.Tone.NEUTRAL));
    }

    /** Reads the list again; the department just changed stays selected (departments are never deleted). */
    private void refresh(@Nullable DepartmentId keep) {
        list.refresh(keep == null ? null : queries.get(keep));
        updateButtons();
    }

    private void updateButtons() {
        var selected = list.selected();
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
