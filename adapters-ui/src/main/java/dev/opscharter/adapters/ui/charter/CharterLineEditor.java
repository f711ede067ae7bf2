package dev.opscharter.adapters.ui.charter;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.domain.charter.CharterLine;
import dev.opscharter.domain.charter.DutyType;
import dev.opscharter.domain.charter.Involvement;
import dev.opscharter.domain.charter.SignOffAuthority;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.shared.InvalidValue;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One charter line being edited: its duty type (fixed once the line exists, because work items
 * refer to it), the text in both languages, how Operations is involved, the department that leads
 * or owns the work, and the sign-off it requires. The line itself checks the combination.
 */
final class CharterLineEditor extends Div {

    private final TextField dutyType = new TextField();
    private final TextField textZh = new TextField();
    private final TextField textEn = new TextField();
    private final Select<Involvement> involvement = new Select<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final Select<SignOffAuthority> signOff = new Select<>();
    private final Button remove;
    private final Map<String, HasValidation> fields;

    /**
     * @param key      makes the field ids unique: the duty type of an existing line, {@code new-<n>} for a new one
     * @param existing the line as the shown version has it, or null for a new line
     */
    CharterLineEditor(String key, @Nullable CharterLine existing, List<Department> departments, CharterTexts texts,
                      Runnable onRemove) {
        // one line of the charter on one row: the two texts share what the fixed-width fields leave
        getStyle().set("display", "grid")
                .set("grid-template-columns", "12rem minmax(10rem, 1fr) minmax(10rem, 1fr) 7rem 10rem 11rem auto")
                .set("gap", "0.5rem").set("align-items", "end")
                .set("padding", "0.25rem 0").set("border-bottom", "1px solid var(--oc-border)");
        var prefix = "charter-line-" + key.toLowerCase(Locale.ROOT).replace('_', '-');
        dutyType.setId(prefix + "-duty-type");
        dutyType.setLabel(getTranslation("charter.line.duty-type"));
        dutyType.setWidthFull();
        dutyType.setRequiredIndicatorVisible(true);
        textZh.setId(prefix + "-text-zh");
        textZh.setLabel(getTranslation("charter.line.text-zh"));
        textEn.setId(prefix + "-text-en");
        textEn.setLabel(getTranslation("charter.line.text-en"));
        for (var text : new TextField[] {textZh, textEn}) {
            text.setMaxLength(CharterLine.MAX_TEXT);
            text.setRequiredIndicatorVisible(true);
            text.setWidthFull();
        }
        involvement.setId(prefix + "-involvement");
        involvement.setLabel(getTranslation("charter.line.involvement"));
        involvement.setItems(Involvement.values());
        involvement.setItemLabelGenerator(texts::involvement);
        involvement.setWidthFull();
        department.setId(prefix + "-department");
        department.setLabel(getTranslation("charter.line.department"));
        department.setItems(departments);
        department.setItemLabelGenerator(texts::name);
        department.setWidthFull();
        signOff.setId(prefix + "-sign-off");
        signOff.setLabel(getTranslation("charter.line.sign-off"));
        signOff.setItems(SignOffAuthority.values());
        // the select also labels its empty choice through this
        signOff.setItemLabelGenerator(authority -> authority == null ? getTranslation("charter.sign-off.none")
                : texts.signOff(authority));
        signOff.setEmptySelectionAllowed(true);
        signOff.setEmptySelectionCaption(getTranslation("charter.sign-off.none"));
        signOff.setWidthFull();
        remove = new Button(VaadinIcon.TRASH.create(), e -> onRemove.run());
        remove.setId(prefix + "-remove");
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setTooltipText(getTranslation("charter.edit.remove-line"));
        remove.setAriaLabel(getTranslation("charter.edit.remove-line"));
        involvement.addValueChangeListener(e -> follow(e.getValue()));

        if (existing != null) {
            dutyType.setValue(existing.dutyType().code());
            dutyType.setReadOnly(true);
            textZh.setValue(existing.textZh());
            textEn.setValue(existing.textEn());
            involvement.setValue(existing.involvement());
            existing.department().flatMap(id -> departments.stream().filter(d -> d.id().equals(id)).findFirst())
                    .ifPresent(department::setValue);
            existing.signOff().ifPresent(signOff::setValue);
        } else {
            dutyType.setPlaceholder(getTranslation("charter.line.duty-type.placeholder"));
            dutyType.setTooltipText(getTranslation("charter.line.duty-type.help"));
            involvement.setValue(Involvement.OWN);
        }
        follow(involvement.getValue());
        add(dutyType, textZh, textEn, involvement, department, signOff, remove);
        fields = Map.of("dutyType", dutyType, "textZh", textZh, "textEn", textEn, "involvement", involvement,
                "department", department, "signOff", signOff);
    }

    /** Only work Operations does not own names a department; only excluded work can require a sign-off. */
    private void follow(@Nullable Involvement chosen) {
        boolean named = chosen == Involvement.PARTICIPATE || chosen == Involvement.EXCLUDED;
        if (!named) {
            department.clear();
        }
        department.setEnabled(named);
        department.setRequiredIndicatorVisible(named);
        if (chosen != Involvement.EXCLUDED) {
            signOff.clear();
        }
        signOff.setEnabled(chosen == Involvement.EXCLUDED);
    }

    String dutyTypeCode() {
        return dutyType.getValue().strip();
    }

    /** The line as typed, or empty when the domain refused it (the reason is then on the field). */
    Optional<CharterLine> line() {
        try {
            return Optional.of(new CharterLine(new DutyType(dutyType.getValue()), textZh.getValue(),
                    textEn.getValue(), involvement.getValue(),
                    Optional.ofNullable(department.getValue()).map(Department::id),
                    Optional.ofNullable(signOff.getValue())));
        } catch (InvalidValue invalid) {
            show(invalid);
            return Optional.empty();
        }
    }

    /** Puts the domain's message on the field it names, or into a notification if no field does. */
    void show(InvalidValue invalid) {
        var message = getTranslation(invalid.messageKey(), invalid.arguments().toArray());
        var field = fields.get(invalid.field());
        if (field == null) {
            FormErrors.error(this, message);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    void clearErrors() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }
}
