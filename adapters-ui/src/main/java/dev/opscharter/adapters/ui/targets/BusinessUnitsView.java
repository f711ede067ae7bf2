package dev.opscharter.adapters.ui.targets;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.opscharter.adapters.ui.MainLayout;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.adapters.ui.shared.kit.EditDialog;
import dev.opscharter.adapters.ui.shared.kit.RecordList;
import dev.opscharter.adapters.ui.shared.kit.RecordSource;
import dev.opscharter.adapters.ui.shared.kit.Roles;
import dev.opscharter.application.organization.port.in.DepartmentQueries;
import dev.opscharter.application.shared.NotFound;
import dev.opscharter.application.shared.port.in.MyPermissions;
import dev.opscharter.application.targets.port.in.ManageTargets;
import dev.opscharter.application.targets.port.in.TargetQueries;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.TargetsPermission;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;

/**
 * The business units targets are set for, paged in the database; the inactive ones on request.
 * Managers and directors add and edit them; everyone who reads the targets sees the list.
 * Ids: {@code units-grid}, {@code units-new}, {@code units-edit}, {@code units-inactive}.
 */
@Route(value = "targets/units", layout = MainLayout.class)
@RolesAllowed({Roles.OPS_DIRECTOR, Roles.OPS_MANAGER, Roles.OPS_SPECIALIST, Roles.AUDITOR, Roles.DEPARTMENT_LEAD})
class BusinessUnitsView extends VerticalLayout implements HasDynamicTitle {

    private final ManageTargets manage;
    private final TargetQueries queries;
    private final List<Department> departments;
    private final TargetTexts texts;
    private final Checkbox inactive = new Checkbox();
    private final RecordList<BusinessUnit, Boolean> list;

    BusinessUnitsView(ManageTargets manage, TargetQueries queries, DepartmentQueries departments,
                      MyPermissions permissions) {
        this.manage = manage;
        this.queries = queries;
        this.departments = departments.all();
        this.texts = new TargetTexts(this);
        addClassName("view");
        setSizeFull();
        setPadding(false);

        inactive.setId("units-inactive");
        inactive.setLabel(getTranslation("targets.units.include-inactive"));
        list = new RecordList<>("units", RecordSource.of(queries::units, queries::countUnits), BusinessUnit::id,
                inactive::getValue);
        list.title(getPageTitle());
        add(back());
        list.filters(inactive);
        ManagedList.buttons(list, permissions.may(TargetsPermission.MANAGE), "units", "targets.unit.new",
                "targets.units.empty", this::open);
        list.column("targets.unit.code", BusinessUnit::code, null).setAutoWidth(true);
        list.column("targets.unit.name", u -> texts.name(u.name()), null).setFlexGrow(2);
        list.column("targets.unit.department", this::department, null);
        list.badgeColumn("targets.unit.status", u -> u.active()
                ? new StatusBadge(getTranslation("targets.unit.active"), StatusBadge.Tone.SUCCESS)
                : new StatusBadge(getTranslation("targets.unit.inactive"), StatusBadge.Tone.NEUTRAL));
        add(list);
        list.refresh(null);
    }

    private RouterLink back() {
        var link = new RouterLink(getTranslation("targets.back"), TargetsView.class);
        link.setId("units-back");
        return link;
    }

    private String department(BusinessUnit unit) {
        return unit.department().flatMap(id -> departments.stream().filter(d -> d.id().equals(id)).findFirst())
                .map(d -> texts.name(d.name())).orElse("");
    }

    /** A new unit (null) or one as loaded; the list is read again after each attempt. */
    private void open(@Nullable BusinessUnit unit) {
        EditDialog.of("unit", new UnitForm(departments, texts), this::draftOf)
                .creating(UnitForm.Draft.NEW, (request, draft) -> manage.createUnit(request, draft.toPort()))
                .updating((u, draft) -> manage.editUnit(u.id(), draft.toPort(), u.version()),
                        u -> queries.unit(u.id()).orElseThrow(() -> new NotFound("BusinessUnit", u.id())))
                .open(getTranslation(unit == null ? "targets.unit.new" : "targets.unit.edit"), unit,
                        () -> list.refresh(null));
    }

    private UnitForm.Draft draftOf(BusinessUnit unit) {
        Optional<Department> department = unit.department()
                .flatMap(id -> departments.stream().filter(d -> d.id().equals(id)).findFirst());
        return new UnitForm.Draft(unit.code(), unit.name().chinese(), unit.name().english(), department,
                unit.active());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("targets.units.title");
    }
}
