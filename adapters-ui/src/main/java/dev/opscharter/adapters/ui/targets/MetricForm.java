package dev.opscharter.adapters.ui.targets;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.kit.EditDialog;
import dev.opscharter.application.targets.port.in.ManageTargets.MetricDraft;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.targets.Aggregation;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;

/**
 * A metric as a manager types it: code, names, what it counts, which way it improves, how a period's
 * figure follows from the days — a ratio then names its numerator and denominator among the other
 * metrics — and whether it is a key indicator and a core metric.
 */
final class MetricForm extends Composite<FormLayout> implements EditDialog.Form<MetricForm.Draft> {

    /** How a period's figure follows from the days, as the form offers it. */
    enum Kind {
        SUM, AVERAGE, LAST, RATIO;

        static Kind of(Aggregation aggregation) {
            return switch (aggregation) {
                case Aggregation.Sum s -> SUM;
                case Aggregation.Average a -> AVERAGE;
                case Aggregation.Last l -> LAST;
                case Aggregation.Ratio r -> RATIO;
            };
        }
    }

    /** The form's values as typed; the ratio's metrics only count when the kind is a ratio. */
    record Draft(String code, String nameZh, String nameEn, MetricUnit unit, MetricDirection direction, Kind kind,
                 Optional<Metric> numerator, Optional<Metric> denominator, boolean key, boolean core) {

        static final Draft NEW = new Draft("", "", "", MetricUnit.COUNT, MetricDirection.HIGHER_IS_BETTER, Kind.SUM,
                Optional.empty(), Optional.empty(), false, false);

        MetricDraft toPort() {
            var name = new BilingualName(nameZh, nameEn);
            return new MetricDraft(code.strip(), name, unit, direction, aggregation(), key, core);
        }

        private Aggregation aggregation() {
            return switch (kind) {
                case SUM -> Aggregation.SUM;
                case AVERAGE -> Aggregation.AVERAGE;
                case LAST -> Aggregation.LAST;
                case RATIO -> {
                    var above = numerator.orElseThrow(() -> new InvalidValue("numerator", "validation.required"));
                    var below = denominator.orElseThrow(() -> new InvalidValue("denominator", "validation.required"));
                    if (above.id().equals(below.id())) {
                        throw new InvalidValue("denominator", "targets.metric.ratio-same");
                    }
                    yield new Aggregation.Ratio(above.id(), below.id());
                }
            };
        }
    }

    private final CodeAndNames names;
    private final Select<MetricUnit> unit = new Select<>();
    private final Select<MetricDirection> direction = new Select<>();
    private final Select<Kind> kind = new Select<>();
    private final ComboBox<Metric> numerator = new ComboBox<>();
    private final ComboBox<Metric> denominator = new ComboBox<>();
    private final Checkbox key = new Checkbox();
    private final Checkbox core = new Checkbox();
    private final List<Metric> metrics;
    private final FormErrors errors;

    /** @param metrics the metrics a ratio may divide */
    MetricForm(List<Metric> metrics, TargetTexts texts) {
        this.metrics = metrics;
        names = new CodeAndNames("metric", "targets.metric.code", texts);
        names.code.setHelperText(texts.t("targets.metric.code.help", Metric.CUSTOMER_SATISFACTION));
        unit.setId("metric-unit");
        unit.setLabel(texts.t("targets.metric.unit"));
        unit.setItems(MetricUnit.values());
        unit.setItemLabelGenerator(u -> texts.t("targets.metric-unit." + u.name()));
        direction.setId("metric-direction");
        direction.setLabel(texts.t("targets.metric.direction"));
        direction.setItems(MetricDirection.values());
        direction.setItemLabelGenerator(d -> texts.t("targets.direction." + d.name()));
        kind.setId("metric-aggregation");
        kind.setLabel(texts.t("targets.metric.aggregation"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> texts.t("targets.aggregation." + k.name()));
        kind.addValueChangeListener(e -> showRatio(e.getValue()));
        for (var field : List.of(numerator, denominator)) {
            field.setItemLabelGenerator(m -> m.code() + " · " + texts.metric(m));
            field.setRequiredIndicatorVisible(true);
        }
        numerator.setId("metric-numerator");
        numerator.setLabel(texts.t("targets.metric.numerator"));
        denominator.setId("metric-denominator");
        denominator.setLabel(texts.t("targets.metric.denominator"));
        key.setId("metric-key");
        key.setLabel(texts.t("targets.metric.key"));
        core.setId("metric-core");
        core.setLabel(texts.t("targets.metric.core"));
        getContent().add(names.code, unit, names.nameZh, names.nameEn, direction, kind, numerator, denominator, key,
                core);
        errors = names.bound(new FormErrors(this))
                .bind("numerator", numerator).bind("denominator", denominator).bind("aggregation", kind);
        showRatio(Kind.SUM);
    }

    /** A metric being edited cannot divide itself: it is not offered as its own numerator or denominator. */
    void editing(@Nullable Metric metric) {
        var others = metrics.stream().filter(m -> metric == null || !m.id().equals(metric.id())).toList();
        numerator.setItems(others);
        denominator.setItems(others);
    }

    private void showRatio(@Nullable Kind chosen) {
        numerator.setVisible(chosen == Kind.RATIO);
        denominator.setVisible(chosen == Kind.RATIO);
    }

    @Override
    public void setFormDataObject(Draft draft) {
        errors.clear();
        names.set(draft.code(), draft.nameZh(), draft.nameEn());
        unit.setValue(draft.unit());
        direction.setValue(draft.direction());
        kind.setValue(draft.kind());
        numerator.setValue(draft.numerator().orElse(null));
        denominator.setValue(draft.denominator().orElse(null));
        key.setValue(draft.key());
        core.setValue(draft.core());
        showRatio(draft.kind());
    }

    @Override
    public Draft getFormDataObject() {
        return new Draft(names.code.getValue(), names.nameZh.getValue(), names.nameEn.getValue(), unit.getValue(),
                direction.getValue(), kind.getValue(), numerator.getOptionalValue(), denominator.getOptionalValue(),
                key.getValue(), core.getValue());
    }

    @Override
    public FormErrors errors() {
        return errors;
    }

    /** The form's draft of a metric as stored. */
    static Draft draftOf(Metric metric, List<Metric> all) {
        Optional<Metric> above = Optional.empty();
        Optional<Metric> below = Optional.empty();
        if (metric.aggregation() instanceof Aggregation.Ratio(var n, var d)) {
            above = all.stream().filter(m -> m.id().equals(n)).findFirst();
            below = all.stream().filter(m -> m.id().equals(d)).findFirst();
        }
        return new Draft(metric.code(), metric.name().chinese(), metric.name().english(), metric.unit(),
                metric.direction(), Kind.of(metric.aggregation()), above, below, metric.key(), metric.core());
    }
}
