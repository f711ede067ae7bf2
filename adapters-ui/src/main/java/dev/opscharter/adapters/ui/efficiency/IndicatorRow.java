package dev.opscharter.adapters.ui.efficiency;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.domain.efficiency.EfficiencyIndicator;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;
import org.jspecify.annotations.Nullable;

import java.util.Optional;

/**
 * One indicator of a project in its editor: name, unit, which way is better, core or not, baseline and after.
 * A measured indicator is shown as measured and kept as it is (measuring again replaces it); it can only be
 * removed. Ids: {@code project-indicator-<n>-name}, {@code -unit}, {@code -direction}, {@code -core},
 * {@code -baseline}, {@code -after}, {@code -remove}.
 */
final class IndicatorRow extends HorizontalLayout {

    private final @Nullable EfficiencyIndicator measured;
    private final TextField name = new TextField();
    private final ComboBox<MetricUnit> unit = new ComboBox<>();
    private final ComboBox<MetricDirection> direction = new ComboBox<>();
    private final Checkbox core = new Checkbox();
    private final BigDecimalField baseline = new BigDecimalField();
    private final BigDecimalField after = new BigDecimalField();

    IndicatorRow(EfficiencyTexts texts, int n, @Nullable EfficiencyIndicator indicator, Runnable remove) {
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWidthFull();
        var id = "project-indicator-" + n;
        var removeButton = new Button(texts.t("efficiency.indicator.remove"), e -> remove.run());
        removeButton.setId(id + "-remove");
        removeButton.addThemeVariants(ButtonVariant.TERTIARY);
        if (indicator != null && indicator.measured().isPresent()) {
            measured = indicator;
            var shown = new Span(texts.name(indicator) + ": " + texts.value(indicator.baseline(), indicator.unit())
                    + " → " + texts.value(indicator.after(), indicator.unit()) + " (" + texts.provenance(indicator) + ")");
            shown.setId(id + "-measured");
            add(shown, removeButton);
            return;
        }
        measured = null;
        name.setLabel(texts.t("efficiency.indicator.name"));
        name.setId(id + "-name");
        name.setMaxLength(EfficiencyIndicator.MAX_NAME);
        unit.setLabel(texts.t("efficiency.indicator.unit"));
        unit.setId(id + "-unit");
        unit.setItems(MetricUnit.values());
        unit.setItemLabelGenerator(texts::unit);
        unit.setWidth("8em");
        direction.setLabel(texts.t("efficiency.indicator.direction"));
        direction.setId(id + "-direction");
        direction.setItems(MetricDirection.values());
        direction.setItemLabelGenerator(texts::direction);
        core.setLabel(texts.t("efficiency.indicator.core"));
        core.setId(id + "-core");
        baseline.setLabel(texts.t("efficiency.indicator.baseline"));
        baseline.setId(id + "-baseline");
        baseline.setWidth("7em");
        after.setLabel(texts.t("efficiency.indicator.after"));
        after.setId(id + "-after");
        after.setWidth("7em");
        if (indicator != null) {
            name.setValue(indicator.name());
            unit.setValue(indicator.unit());
            direction.setValue(indicator.direction());
            core.setValue(indicator.core());
            indicator.baseline().ifPresent(baseline::setValue);
            indicator.after().ifPresent(after::setValue);
        } else {
            unit.setValue(MetricUnit.HOURS);
            direction.setValue(MetricDirection.LOWER_IS_BETTER);
            core.setValue(true);
        }
        add(name, unit, direction, core, baseline, after, removeButton);
    }

    /** The indicator as typed; the domain refuses what it cannot be. */
    EfficiencyIndicator indicator() {
        if (measured != null) {
            return measured;
        }
        return EfficiencyIndicator.typed(name.getValue(), unit.getOptionalValue().orElse(MetricUnit.COUNT),
                direction.getOptionalValue().orElse(MetricDirection.HIGHER_IS_BETTER), core.getValue(),
                Optional.ofNullable(baseline.getValue()), Optional.ofNullable(after.getValue()));
    }
}
