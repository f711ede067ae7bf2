package dev.opscharter.adapters.ui.organization;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.kit.EditDialog;
import dev.opscharter.application.organization.port.in.ManageDepartments.DepartmentDraft;
import dev.opscharter.domain.organization.DepartmentKind;

/** A department as the administrator types it; the domain checks it when it is saved. */
final class DepartmentForm extends Composite<FormLayout> implements EditDialog.Form<DepartmentDraft> {

    static final DepartmentDraft NEW = new DepartmentDraft("", "", "", DepartmentKind.FUNCTIONAL);

    private final TextField code = new TextField();
    private final TextField nameZh = new TextField();
    private final TextField nameEn = new TextField();
    private final Select<DepartmentKind> kind = new Select<>();
    private final FormErrors errors;

    DepartmentForm() {
        code.setId("department-code");
        code.setLabel(getTranslation("organization.department.code"));
        code.setHelperText(getTranslation("organization.department.code.help"));
        nameZh.setId("department-name-zh");
        nameZh.setLabel(getTranslation("organization.department.name-zh"));
        nameEn.setId("department-name-en");
        nameEn.setLabel(getTranslation("organization.department.name-en"));
        kind.setId("department-kind");
        kind.setLabel(getTranslation("organization.department.kind"));
        kind.setItems(DepartmentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("department-kind." + k.name()));
        for (var field : new TextField[] {code, nameZh, nameEn}) {
            field.setRequiredIndicatorVisible(true);
        }
        getContent().add(code, kind, nameZh, nameEn);
        errors = new FormErrors(this).bind("code", code).bind("nameZh", nameZh).bind("nameEn", nameEn);
    }

    @Override
    public void setFormDataObject(DepartmentDraft draft) {
        errors.clear();
        code.setValue(draft.code());
        nameZh.setValue(draft.nameZh());
        nameEn.setValue(draft.nameEn());
        kind.setValue(draft.kind());
    }

    @Override
    public DepartmentDraft getFormDataObject() {
        return new DepartmentDraft(code.getValue(), nameZh.getValue(), nameEn.getValue(), kind.getValue());
    }

    @Override
    public FormErrors errors() {
        return errors;
    }
}
