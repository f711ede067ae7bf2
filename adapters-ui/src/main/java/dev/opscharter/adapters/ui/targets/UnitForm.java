package dev.opscharter.adapters.ui.targets;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.kit.EditDialog;
import dev.opscharter.application.targets.port.in.ManageTargets.UnitDraft;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.shared.BilingualName;

import java.util.List;
import java.util.Optional;

/**
 * A business unit as a manager types it: code, names, optionally the department it is, active. The
 * names are checked by the domain when saved; a missing one shows at its field.
 */
final class UnitForm extends Composite<FormLayout> implements EditDialog.Form<UnitForm.Draft> {

    /** The form's values as typed: a blank name is the domain's to refuse, at its field. */
    record Draft(String code, String nameZh, String nameEn, Optional<Department> department, boolean active) {

        static final Draft NEW = new Draft("", "", "", Optional.empty(), true);

        UnitDraft toPort() {
            return new UnitDraft(code.strip(), new BilingualName(nameZh, nameEn), department.map(Department::id),
                    active);
        }
    }

    private final CodeAndNames names;
    private final ComboBox<Department> department = new ComboBox<>();
    private final Checkbox active = new Checkbox();
    private final FormErrors errors;

    UnitForm(List<Department> departments, TargetTexts texts) {
        names = new CodeAndNames("unit", "targets.unit.code", texts);
        department.setId("unit-department");
        department.setLabel(texts.t("targets.unit.department"));
        department.setHelperText(texts.t("targets.unit.department.help"));
        department.setItems(departments);
        department.setItemLabelGenerator(d -> texts.name(d.name()));
        department.setClearButtonVisible(true);
        active.setId("unit-active");
        active.setLabel(texts.t("targets.unit.active"));
        getContent().add(names.code, department, names.nameZh, names.nameEn, active);
        errors = names.bound(new FormErrors(this)).bind("department", department);
    }

    @Override
    public void setFormDataObject(Draft draft) {
        errors.clear();
        names.set(draft.code(), draft.nameZh(), draft.nameEn());
        department.setValue(draft.department().orElse(null));
        active.setValue(draft.active());
    }

    @Override
    public Draft getFormDataObject() {
        return new Draft(names.code.getValue(), names.nameZh.getValue(), names.nameEn.getValue(),
                department.getOptionalValue(), active.getValue());
    }

    @Override
    public FormErrors errors() {
        return errors;
    }
}
