package dev.opscharter.adapters.ui.targets;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.kit.EditDialog;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.TargetRevision;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A target's value for the period shown: a new target names its unit and metric; a revision keeps them
 * and needs the reason, which the history shows next to the new value.
 */
final class TargetForm extends Composite<FormLayout> implements EditDialog.Form<TargetForm.Draft> {

    /** The form's values as typed. */
    record Draft(Optional<BusinessUnit> unit, Optional<Metric> metric, @Nullable BigDecimal value, String reason) {

        static final Draft NEW = new Draft(Optional.empty(), Optional.empty(), null, "");

        BusinessUnit chosenUnit() {
            return unit.orElseThrow(() -> new InvalidValue("unit", "validation.required"));
        }

        Metric chosenMetric() {
            return metric.orElseThrow(() -> new InvalidValue("metric", "validation.required"));
        }

        BigDecimal chosenValue() {
            if (value == null) {
                throw new InvalidValue("value", "validation.required");
            }
            return value;
        }
    }

    private final ComboBox<BusinessUnit> unit = new ComboBox<>();
    private final ComboBox<Metric> metric = new ComboBox<>();
    private final BigDecimalField value = new BigDecimalField();
    private final TextArea reason = new TextArea();
    private final FormErrors errors;

    /** @param revising whether a stored target gets a new value (unit and metric fixed, a reason needed) */
    TargetForm(List<BusinessUnit> units, List<Metric> metrics, boolean revising, TargetTexts texts) {
        unit.setId("target-unit");
        unit.setLabel(texts.t("targets.column.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(texts::unit);
        unit.setReadOnly(revising);
        metric.setId("target-metric");
        metric.setLabel(texts.t("targets.column.metric"));
        metric.setItems(metrics);
        metric.setItemLabelGenerator(m -> m.code() + " · " + texts.metric(m));
        metric.setReadOnly(revising);
        value.setId("target-value");
        value.setLabel(texts.t("targets.column.target"));
        for (var field : List.of(unit, metric)) {
            field.setRequiredIndicatorVisible(true);
        }
        value.setRequiredIndicatorVisible(true);
        reason.setId("target-reason");
        reason.setLabel(texts.t("targets.revision.reason"));
        reason.setMaxLength(TargetRevision.MAX_REASON);
        reason.setRequiredIndicatorVisible(true);
        reason.setVisible(revising);
        reason.setWidthFull();
        getContent().add(unit, metric, value, reason);
        getContent().setColspan(reason, 2);
        errors = new FormErrors(this).bind("unit", unit).bind("metric", metric).bind("value", value)
                .bind("reason", reason);
    }

    @Override
    public void setFormDataObject(Draft draft) {
        errors.clear();
        unit.setValue(draft.unit().orElse(null));
        metric.setValue(draft.metric().orElse(null));
        value.setValue(draft.value());
        reason.setValue(draft.reason());
    }

    @Override
    public Draft getFormDataObject() {
        return new Draft(unit.getOptionalValue(), metric.getOptionalValue(), value.getValue(), reason.getValue());
    }

    @Override
    public FormErrors errors() {
        return errors;
    }
}
