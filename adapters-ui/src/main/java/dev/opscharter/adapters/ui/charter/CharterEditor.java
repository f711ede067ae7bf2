package dev.opscharter.adapters.ui.charter;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.LocalizedDatePicker;
import dev.opscharter.domain.charter.Charter;
import dev.opscharter.domain.charter.CharterLine;
import dev.opscharter.domain.charter.DutyDimension;
import dev.opscharter.domain.organization.Department;
import dev.opscharter.domain.shared.InvalidValue;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The manager's edit of a charter version, to be kept as the next version: the lines of every duty
 * dimension (change, add, remove), the day the new version takes effect and why it changes. The
 * domain checks every line and the charter as a whole; its refusals land on the fields.
 */
final class CharterEditor extends Composite<VerticalLayout> {

    /** A duty dimension with the editors of its lines, in the charter's order. */
    private final class Section {
        final DutyDimension dimension;
        final Div lines = new Div();
        final List<CharterLineEditor> editors = new ArrayList<>();

        Section(DutyDimension dimension) {
            this.dimension = dimension;
            lines.setWidthFull();
        }

        void add(@Nullable CharterLine line) {
            var key = line == null ? "new-" + (++added) : line.dutyType().code();
            var editor = new CharterLineEditor[1];
            editor[0] = new CharterLineEditor(key, line, choices, texts, () -> {
                editors.remove(editor[0]);
                lines.remove(editor[0]);
            });
            editor[0].setWidthFull();
            editors.add(editor[0]);
            lines.add(editor[0]);
        }
    }

    private final CharterTexts texts;
    private final List<Department> choices;
    private final List<Section> sections = new ArrayList<>();
    private final DatePicker effectiveFrom;
    private final TextArea note = new TextArea();
    private final FormErrors errors;
    private int added;

    /** @param choices the departments a line may name: the active ones and any the base version names */
    CharterEditor(Charter base, List<Department> choices, CharterTexts texts) {
        this.texts = texts;
        this.choices = List.copyOf(choices);
        var content = getContent();
        content.setPadding(false);

        effectiveFrom = new LocalizedDatePicker(getTranslation("charter.edit.effective-from"));
        effectiveFrom.setId("charter-effective-from");
        effectiveFrom.setRequiredIndicatorVisible(true);
        effectiveFrom.setValue(LocalDate.now(Formats.timeZone()));
        effectiveFrom.setHelperText(getTranslation("charter.edit.effective-from.help"));
        note.setId("charter-note");
        note.setLabel(getTranslation("charter.edit.note"));
        note.setHelperText(getTranslation("charter.edit.note.help"));
        note.setRequiredIndicatorVisible(true);
        note.setMaxLength(Charter.MAX_NOTE);
        var header = new FormLayout(effectiveFrom, note);
        header.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        header.setColspan(note, 2);
        content.add(header);

        for (var dimension : base.dimensions()) {
            var section = new Section(dimension);
            dimension.lines().forEach(section::add);
            sections.add(section);
            var title = new H4(dimension.name().in(texts.language()));
            title.setTitle(dimension.name().in(texts.otherLanguage()));
            var addLine = new Button(getTranslation("charter.edit.add-line"), VaadinIcon.PLUS.create(),
                    e -> section.add(null));
            addLine.setId("charter-add-line-" + dimension.code().toLowerCase(Locale.ROOT).replace('_', '-'));
            addLine.addThemeVariants(ButtonVariant.TERTIARY);
            content.add(title, section.lines, addLine);
        }
        errors = new FormErrors(this).bind("effectiveFrom", effectiveFrom).bind("note", note);
    }

    /** The edited dimensions, or empty when a line or a dimension was refused (the reasons are shown). */
    Optional<List<DutyDimension>> dimensions() {
        errors.clear();
        sections.forEach(s -> s.editors.forEach(CharterLineEditor::clearErrors));
        var dimensions = new ArrayList<DutyDimension>();
        boolean valid = true;
        if (effectiveFrom.getValue() == null) {
            effectiveFrom.setErrorMessage(getTranslation("validation.required"));
            effectiveFrom.setInvalid(true);
            valid = false;
        }
        for (var section : sections) {
            var lines = new ArrayList<CharterLine>();
            for (var editor : section.editors) {
                var line = editor.line();
                if (line.isPresent()) {
                    lines.add(line.get());
                } else {
                    valid = false;
                }
            }
            if (!valid) {
                continue;
            }
            try {
                dimensions.add(new DutyDimension(section.dimension.code(), section.dimension.name(), lines));
            } catch (InvalidValue invalid) {
                // the domain names the dimension by its code; the user knows it by its name
                FormErrors.error(this, getTranslation(invalid.messageKey(),
                        section.dimension.name().in(texts.language())));
                valid = false;
            }
        }
        return valid ? Optional.of(List.copyOf(dimensions)) : Optional.empty();
    }

    /** A refusal that names a duty type (it appears twice) also marks the lines that carry it. */
    void showOnLines(InvalidValue invalid) {
        if (!"dutyType".equals(invalid.field()) || invalid.arguments().isEmpty()) {
            return;
        }
        var code = String.valueOf(invalid.arguments().getFirst());
        sections.forEach(s -> s.editors.stream().filter(e -> e.dutyTypeCode().equals(code))
                .forEach(e -> e.show(invalid)));
    }

    /** Present once {@link #dimensions()} succeeded. */
    LocalDate effectiveFrom() {
        return Optional.ofNullable(effectiveFrom.getValue()).orElseThrow();
    }

    String note() {
        return note.getValue();
    }

    FormErrors errors() {
        return errors;
    }
}
