package dev.opscharter.adapters.ui.compliance.manual;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.LocalizedDatePicker;
import dev.opscharter.application.compliance.VersionDraft;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessStep;
import dev.opscharter.domain.compliance.ProcessVersion;
import dev.opscharter.domain.compliance.StepCode;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.LimitBasis;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A new process or the next version of one, in full: the code and names (new process only), the
 * day it takes effect, how limits count, the end-to-end limit in hours, and the steps in order
 * (add, remove, move up or down), each with its code, names, whether it is mandatory or ends a case,
 * the responsible roles as a comma list and its limit in hours. The domain checks the result.
 */
final class ProcessEditor extends Composite<VerticalLayout> {

    /** The fields of one step, in the editor's order. */
    final class StepRow extends Div {
        final TextField code = new TextField();
        final TextField nameZh = new TextField();
        final TextField nameEn = new TextField();
        final Checkbox mandatory = new Checkbox();
        final Checkbox end = new Checkbox();
        final TextField roles = new TextField();
        final NumberField limit = new NumberField();
        final Span order = new Span();

        StepRow(@Nullable ProcessStep step, boolean isEnd) {
            int n = ++made;
            addClassName("process-step-row");
            getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5rem")
                    .set("align-items", "baseline");
            order.getStyle().set("min-width", "1.5rem").set("font-weight", "600");
            code.setId("step-code-" + n);
            code.setLabel(getTranslation("compliance.manual.step.code"));
            code.setWidth("16rem");
            nameZh.setId("step-name-zh-" + n);
            nameZh.setLabel(getTranslation("compliance.manual.name-zh"));
            nameEn.setId("step-name-en-" + n);
            nameEn.setLabel(getTranslation("compliance.manual.name-en"));
            mandatory.setId("step-mandatory-" + n);
            mandatory.setLabel(getTranslation("compliance.manual.step.mandatory"));
            mandatory.setValue(true);
            end.setId("step-end-" + n);
            end.setLabel(getTranslation("compliance.manual.step.end"));
            roles.setId("step-roles-" + n);
            roles.setLabel(getTranslation("compliance.manual.step.roles"));
            roles.setHelperText(getTranslation("compliance.manual.step.roles.help"));
            limit.setId("step-limit-" + n);
            limit.setLabel(getTranslation("compliance.manual.step.limit"));
            limit.setHelperText(getTranslation("compliance.manual.step.limit.help"));
            limit.setMin(0);
            limit.setWidth("9rem");
            var up = new Button(VaadinIcon.ARROW_UP.create(), e -> moveRow(this, -1));
            up.setId("step-up-" + n);
            up.setAriaLabel(getTranslation("compliance.manual.step.up"));
            var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> moveRow(this, 1));
            down.setId("step-down-" + n);
            down.setAriaLabel(getTranslation("compliance.manual.step.down"));
            var remove = new Button(VaadinIcon.TRASH.create(), e -> removeRow(this));
            remove.setId("step-remove-" + n);
            remove.setAriaLabel(getTranslation("compliance.manual.step.remove"));
            for (var button : List.of(up, down, remove)) {
                button.addThemeVariants(ButtonVariant.TERTIARY);
            }
            if (step != null) {
                code.setValue(step.code().value());
                nameZh.setValue(step.name().chinese());
                nameEn.setValue(step.name().english());
                mandatory.setValue(step.mandatory());
                roles.setValue(String.join(", ", step.responsibleRoles().stream().sorted().toList()));
                step.limit().ifPresent(l -> limit.setValue(l.toSeconds() / 3600.0));
            }
            end.setValue(isEnd);
            add(order, code, nameZh, nameEn, roles, limit, mandatory, end, up, down, remove);
        }

        ProcessStep step() {
            var errors = new FormErrors(ProcessEditor.this).bind("stepCode", code).bind("nameZh", nameZh)
                    .bind("nameEn", nameEn).bind("responsibleRoles", roles).bind("limit", limit);
            var built = new ProcessStep[1];
            if (!errors.run(() -> built[0] = new ProcessStep(new StepCode(code.getValue()),
                    new BilingualName(nameZh.getValue(), nameEn.getValue()), mandatory.getValue(),
                    new LinkedHashSet<>(Arrays.stream(roles.getValue().split("[,，;；]")).map(String::strip)
                            .filter(r -> !r.isEmpty()).toList()),
                    hours(limit.getValue())))) {
                throw new Refused();
            }
            return built[0];
        }
    }

    /** A step's field was refused and already shows why. */
    static final class Refused extends RuntimeException {
        Refused() {
            super(null, null, false, false);
        }
    }

    private final @Nullable TextField code;
    private final @Nullable TextField nameZh;
    private final @Nullable TextField nameEn;
    private final DatePicker effectiveFrom;
    private final Select<LimitBasis> basis = new Select<>();
    private final NumberField endToEndLimit = new NumberField();
    private final Div steps = new Div();
    private final List<StepRow> rows = new ArrayList<>();
    private final FormErrors errors;
    private int made;

    /**
     * @param base    the version to start from (the latest one for a new version), or none for a new process
     * @param withCode whether the code and the names are asked for (a new process)
     */
    ProcessEditor(Optional<ProcessVersion> base, boolean withCode, LocalDate today, ProcessManualTexts texts) {
        var content = getContent();
        content.setPadding(false);
        var header = new FormLayout();
        header.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        if (withCode) {
            code = new TextField(getTranslation("compliance.manual.code"));
            code.setId("process-code");
            code.setHelperText(getTranslation("compliance.manual.code.help"));
            code.setRequiredIndicatorVisible(true);
            nameZh = new TextField(getTranslation("compliance.manual.name-zh"));
            nameZh.setId("process-name-zh");
            nameZh.setRequiredIndicatorVisible(true);
            nameEn = new TextField(getTranslation("compliance.manual.name-en"));
            nameEn.setId("process-name-en");
            nameEn.setRequiredIndicatorVisible(true);
            header.add(code, nameZh, nameEn);
        } else {
            code = null;
            nameZh = null;
            nameEn = null;
        }
        effectiveFrom = new LocalizedDatePicker(getTranslation("compliance.manual.effective-from"));
        effectiveFrom.setId("process-effective-from");
        effectiveFrom.setRequiredIndicatorVisible(true);
        effectiveFrom.setValue(today);
        effectiveFrom.setHelperText(getTranslation(withCode ? "compliance.manual.effective-from.help.first"
                : "compliance.manual.effective-from.help"));
        basis.setId("process-basis");
        basis.setLabel(getTranslation("compliance.manual.basis"));
        basis.setItems(LimitBasis.values());
        basis.setItemLabelGenerator(texts::basis);
        basis.setValue(base.map(ProcessVersion::basis).orElse(LimitBasis.WORKING));
        endToEndLimit.setId("process-end-to-end-limit");
        endToEndLimit.setLabel(getTranslation("compliance.manual.end-to-end-limit"));
        endToEndLimit.setHelperText(getTranslation("compliance.manual.end-to-end-limit.help"));
        endToEndLimit.setMin(0);
        base.flatMap(ProcessVersion::endToEndLimit).ifPresent(l -> endToEndLimit.setValue(l.toSeconds() / 3600.0));
        header.add(effectiveFrom, basis, endToEndLimit);
        content.add(header);

        var title = new H4(getTranslation("compliance.manual.steps"));
        steps.setId("process-steps");
        steps.setWidthFull();
        var addStep = new Button(getTranslation("compliance.manual.step.add"), VaadinIcon.PLUS.create(),
                e -> addRow(null, false));
        addStep.setId("process-add-step");
        addStep.addThemeVariants(ButtonVariant.TERTIARY);
        content.add(title, steps, addStep);
        base.ifPresentOrElse(version -> version.steps().forEach(s -> addRow(s, version.endSteps().contains(s.code()))),
                () -> addRow(null, true));

        errors = new FormErrors(this).bind("effectiveFrom", effectiveFrom).bind("endToEndLimit", endToEndLimit)
                .bind("basis", basis);
        if (code != null && nameZh != null && nameEn != null) {
            errors.bind("processCode", code).bind("code", code).bind("nameZh", nameZh).bind("nameEn", nameEn);
        }
    }

    FormErrors errors() {
        return errors;
    }

    List<StepRow> rows() {
        return List.copyOf(rows);
    }

    StepRow addRow(@Nullable ProcessStep step, boolean end) {
        var row = new StepRow(step, end);
        rows.add(row);
        steps.add(row);
        renumber();
        return row;
    }

    void moveRow(StepRow row, int by) {
        int from = rows.indexOf(row);
        int to = from + by;
        if (from < 0 || to < 0 || to >= rows.size()) {
            return;
        }
        rows.remove(from);
        rows.add(to, row);
        steps.removeAll();
        rows.forEach(steps::add);
        renumber();
    }

    void removeRow(StepRow row) {
        rows.remove(row);
        steps.remove(row);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).order.setText((i + 1) + ".");
        }
    }

    ProcessCode code() {
        return new ProcessCode(code == null ? "" : code.getValue());
    }

    BilingualName name() {
        return new BilingualName(nameZh == null ? "" : nameZh.getValue(), nameEn == null ? "" : nameEn.getValue());
    }

    /**
     * The version as typed; a step the domain refuses marks its field and throws {@link Refused}.
     * The version as a whole is checked by the use case.
     */
    VersionDraft draft() {
        var built = new ArrayList<ProcessStep>();
        var ends = new LinkedHashSet<StepCode>();
        for (var row : rows) {
            var step = row.step();
            built.add(step);
            if (row.end.getValue()) {
                ends.add(step.code());
            }
        }
        var day = effectiveFrom.getValue();
        if (day == null) {
            throw new InvalidValue("effectiveFrom", "validation.required");
        }
        return new VersionDraft(day, basis.getValue() == null ? LimitBasis.CALENDAR : basis.getValue(),
                hours(endToEndLimit.getValue()), built, Set.copyOf(ends));
    }

    private static Optional<Duration> hours(@Nullable Double hours) {
        return hours == null ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.round(hours * 3600)));
    }
}
