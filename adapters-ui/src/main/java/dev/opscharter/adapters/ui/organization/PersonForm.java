package dev.opscharter.adapters.ui.organization;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.kit.EditDialog;
import dev.opscharter.adapters.ui.shared.LocalizedDatePicker;
import dev.opscharter.application.organization.port.in.ManagePeople.PersonDraft;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Role;

import java.util.List;

/** A person as the administrator types them; the domain checks the values when they are saved. */
final class PersonForm extends Composite<FormLayout> implements EditDialog.Form<PersonDraft> {

    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final ComboBox<Department> department = new ComboBox<>();
    private final LocalizedDatePicker joinedOn;
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Checkbox coreStaff = new Checkbox();
    private final List<Department> departments;
    private final FormErrors errors;

    /** @param departments the departments a person may be placed in */
    PersonForm(List<Department> departments) {
        this.departments = departments;
        name.setId("person-name");
        name.setLabel(getTranslation("organization.person.name"));
        name.setRequiredIndicatorVisible(true);
        email.setId("person-email");
        email.setLabel(getTranslation("organization.person.email"));
        email.setRequiredIndicatorVisible(true);
        department.setId("person-department");
        department.setLabel(getTranslation("organization.person.department"));
        department.setRequiredIndicatorVisible(true);
        department.setItems(departments);
        var language = Language.of(getLocale());
        department.setItemLabelGenerator(d -> d.name().in(language));
        joinedOn = new LocalizedDatePicker(getTranslation("organization.person.joined-on"));
        joinedOn.setId("person-joined-on");
        joinedOn.setRequiredIndicatorVisible(true);
        roles.setId("person-roles");
        roles.setLabel(getTranslation("organization.person.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        coreStaff.setId("person-core-staff");
        coreStaff.setLabel(getTranslation("organization.person.core-staff"));

        var layout = getContent();
        layout.add(name, email, department, joinedOn, roles, coreStaff);
        layout.setColspan(roles, 2);
        layout.setColspan(coreStaff, 2);
        errors = new FormErrors(this).bind("name", name).bind("email", email).bind("department", department)
                .bind("joinedOn", joinedOn);
    }

    @Override
    public void setFormDataObject(PersonDraft draft) {
        errors.clear();
        name.setValue(draft.name());
        email.setValue(draft.email());
        department.setValue(departments.stream().filter(d -> d.id().equals(draft.department())).findFirst()
                .orElse(null));
        joinedOn.setValue(draft.joinedOn());
        roles.setValue(draft.roles());
        coreStaff.setValue(draft.coreStaff());
    }

    @Override
    public PersonDraft getFormDataObject() {
        var chosen = department.getValue();
        return new PersonDraft(name.getValue(), email.getValue(), chosen == null ? null : chosen.id(),
                roles.getValue(), coreStaff.getValue(), joinedOn.getValue());
    }

    @Override
    public FormErrors errors() {
        return errors;
    }
}
