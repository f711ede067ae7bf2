package dev.opscharter.adapters.ui.collaboration;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.LocalizedDatePicker;
import dev.opscharter.application.collaboration.port.in.NewActionItem;
import dev.opscharter.domain.charter.Charter;
import dev.opscharter.domain.collaboration.ActionItem;
import dev.opscharter.domain.organization.DepartmentCode;
import dev.opscharter.domain.shared.InvalidValue;

import java.time.LocalDate;

/**
 * An action item or follow-up as the user enters it: the department that owns it, what, by when, and the charter
 * line it belongs to, by which the charter routes its work item (to the owning department's lead when the line is
 * not Operations' own). Ids by the prefix: {@code <prefix>-department}, {@code -title}, {@code -due},
 * {@code -duty-type}.
 */
final class ActionItemForm extends FormLayout {

    /** A line of the charter in force, offered by its dimension and text. */
    record DutyChoice(String label, String dutyType) {
    }

    private final ComboBox<DepartmentCode> department;
    private final TextField title;
    private final LocalizedDatePicker due;
    private final ComboBox<DutyChoice> dutyType;
    private final FormErrors errors;

    ActionItemForm(String prefix, CollaborationTexts texts, Charter inForce) {
        department = new ComboBox<>(texts.t("collaboration.item.department"));
        department.setId(prefix + "-department");
        department.setItems(texts.choosable());
        department.setItemLabelGenerator(texts::department);
        department.setRequiredIndicatorVisible(true);
        title = new TextField(texts.t("collaboration.item.title"));
        title.setId(prefix + "-title");
        title.setMaxLength(ActionItem.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        due = new LocalizedDatePicker(texts.t("collaboration.item.due"));
        due.setId(prefix + "-due");
        due.setValue(LocalDate.now(Formats.timeZone()).plusDays(7));
        due.setRequiredIndicatorVisible(true);
        dutyType = new ComboBox<>(texts.t("collaboration.item.duty-type"));
        dutyType.setId(prefix + "-duty-type");
        dutyType.setHelperText(texts.t("collaboration.item.duty-type.help"));
        dutyType.setRequiredIndicatorVisible(true);
        dutyType.setItems(inForce.dimensions().stream().flatMap(dimension -> dimension.lines().stream()
                .map(line -> new DutyChoice(dimension.name().in(texts.language()) + " › "
                        + line.text(texts.language()), line.dutyType().code()))).toList());
        dutyType.setItemLabelGenerator(DutyChoice::label);
        add(department, due);
        add(title, 2);
        add(dutyType, 2);
        setWidth("min(620px, 90vw)");
        errors = new FormErrors(this).bind("owner", department).bind("title", title).bind("dueOn", due)
                .bind("dutyType", dutyType);
    }

    FormErrors errors() {
        return errors;
    }

    /** The item as entered; a missing choice is refused at its field. */
    NewActionItem value() {
        return new NewActionItem(department.getOptionalValue().orElseThrow(() -> required("owner")), title.getValue(),
                due.getOptionalValue().orElseThrow(() -> required("dueOn")),
                dutyType.getOptionalValue().map(DutyChoice::dutyType).orElseThrow(() -> required("dutyType")));
    }

    private static InvalidValue required(String field) {
        return new InvalidValue(field, "validation.required");
    }
}
