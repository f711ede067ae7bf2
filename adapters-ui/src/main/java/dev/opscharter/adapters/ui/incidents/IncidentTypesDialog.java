package dev.opscharter.adapters.ui.incidents;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.application.incidents.port.in.IncidentQueries;
import dev.opscharter.application.incidents.port.in.ManageIncidents;
import dev.opscharter.domain.incidents.IncidentStep;
import dev.opscharter.domain.incidents.IncidentType;
import dev.opscharter.domain.incidents.StepLimits;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.LimitBasis;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The incident types with each step's limit, for managers and the director: a type added, or one's names, basis
 * and limits changed (its code is kept). Each edit names the type as it was shown, so a type changed meanwhile is
 * refused. Ids: {@code incident-types} (the dialog), {@code incident-types-grid}, {@code incident-types-new},
 * {@code incident-types-edit}; the form {@code incident-type-code}, {@code -name-zh}, {@code -name-en},
 * {@code -basis}, {@code -limit-<STEP>} (hours), {@code incident-type-save}.
 */
final class IncidentTypesDialog {

    private final Component screen;
    private final IncidentQueries queries;
    private final ManageIncidents manage;
    private final IncidentTexts texts;
    private final Grid<IncidentType> grid = new Grid<>();

    private IncidentTypesDialog(Component screen, IncidentQueries queries, ManageIncidents manage,
                                IncidentTexts texts) {
        this.screen = screen;
        this.queries = queries;
        this.manage = manage;
        this.texts = texts;
    }

    static void open(Component screen, IncidentQueries queries, ManageIncidents manage, IncidentTexts texts) {
        new IncidentTypesDialog(screen, queries, manage, texts).show();
    }

    private void show() {
        var dialog = new Dialog(texts.t("incidents.types"));
        dialog.setId("incident-types");
        dialog.setWidth("min(1100px, 95vw)");
        grid.setId("incident-types-grid");
        grid.addColumn(IncidentType::code).setHeader(texts.t("incidents.type.code")).setAutoWidth(true);
        grid.addColumn(texts::type).setHeader(texts.t("incidents.field.type")).setAutoWidth(true);
        grid.addColumn(type -> basis(type.limits().basis())).setHeader(texts.t("incidents.type.basis"))
                .setAutoWidth(true);
        for (var step : IncidentStep.values()) {
            grid.addColumn(type -> texts.duration(type.limits().limit(step), type.limits().basis()))
                    .setHeader(texts.step(step)).setAutoWidth(true);
        }
        grid.setAllRowsVisible(true);
        var add = new Button(texts.t("incidents.type.new"), e -> edit(Optional.empty()));
        add.setId("incident-types-new");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        var change = new Button(texts.t("incidents.type.edit"),
                e -> grid.getSelectedItems().stream().findFirst().ifPresent(type -> edit(Optional.of(type))));
        change.setId("incident-types-edit");
        change.setEnabled(false);
        grid.addSelectionListener(e -> change.setEnabled(e.getFirstSelectedItem().isPresent()));
        grid.addItemDoubleClickListener(e -> edit(Optional.of(e.getItem())));
        dialog.add(new HorizontalLayout(add, change), grid);
        var close = new Button(texts.t("incidents.types.close"), e -> dialog.close());
        close.setId("incident-types-close");
        dialog.getFooter().add(close);
        refresh();
        dialog.open();
    }

    private void refresh() {
        new FormErrors(screen).run(() -> grid.setItems(queries.types()));
    }

    private String basis(LimitBasis basis) {
        return texts.t("incidents.type.basis." + basis.name());
    }

    /** The form of a new type, or of {@code seen} as the grid showed it. */
    private void edit(Optional<IncidentType> seen) {
        var code = new TextField(texts.t("incidents.type.code"));
        code.setId("incident-type-code");
        code.setHelperText(texts.t("validation.incidents.type-code"));
        code.setReadOnly(seen.isPresent());
        var nameZh = new TextField(texts.t("incidents.type.name-zh"));
        nameZh.setId("incident-type-name-zh");
        nameZh.setMaxLength(BilingualName.MAX_LENGTH);
        var nameEn = new TextField(texts.t("incidents.type.name-en"));
        nameEn.setId("incident-type-name-en");
        nameEn.setMaxLength(BilingualName.MAX_LENGTH);
        var basis = new ComboBox<LimitBasis>(texts.t("incidents.type.basis"));
        basis.setId("incident-type-basis");
        basis.setItems(LimitBasis.values());
        basis.setItemLabelGenerator(this::basis);
        basis.setValue(LimitBasis.CALENDAR);
        var form = new FormLayout(code, nameZh, nameEn, basis);
        var errors = new FormErrors(screen).bind("code", code).bind("nameZh", nameZh).bind("nameEn", nameEn);
        var hours = new EnumMap<IncidentStep, IntegerField>(IncidentStep.class);
        for (var step : IncidentStep.values()) {
            var field = new IntegerField(texts.step(step) + " · " + texts.t("incidents.type.hours"));
            field.setId("incident-type-limit-" + step.name());
            field.setMin(1);
            field.setStepButtonsVisible(true);
            hours.put(step, field);
            form.add(field);
            errors.bind("limit-" + step.name(), field);
        }
        seen.ifPresent(type -> {
            code.setValue(type.code());
            nameZh.setValue(type.name().chinese());
            nameEn.setValue(type.name().english());
            basis.setValue(type.limits().basis());
            hours.forEach((step, field) -> field.setValue((int) type.limits().limit(step).toHours()));
        });
        form.setWidth("min(720px, 90vw)");
        new FormDialog(texts.t(seen.isPresent() ? "incidents.type.edit" : "incidents.type.new"),
                texts.t("action.save"), "incident-type", form, () -> Attempt.run(screen, errors,
                "incidents.type.saved", () -> manage.saveType(seen, new IncidentType(code.getValue().strip(),
                        new BilingualName(nameZh.getValue(), nameEn.getValue()), limits(basis, hours))),
                this::refresh)).open();
    }

    private static StepLimits limits(ComboBox<LimitBasis> basis, Map<IncidentStep, IntegerField> hours) {
        var limits = new EnumMap<IncidentStep, Duration>(IncidentStep.class);
        hours.forEach((step, field) -> limits.put(step, Duration.ofHours(Optional.ofNullable(field.getValue())
                .orElseThrow(() -> new InvalidValue("limit-" + step.name(), "validation.required")))));
        return new StepLimits(basis.getOptionalValue().orElse(LimitBasis.CALENDAR), limits);
    }
}
