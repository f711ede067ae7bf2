package dev.opscharter.adapters.ui.efficiency;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import dev.opscharter.adapters.ui.shared.Attempt;
import dev.opscharter.adapters.ui.shared.FormDialog;
import dev.opscharter.adapters.ui.shared.FormErrors;
import dev.opscharter.adapters.ui.shared.LocalizedDatePicker;
import dev.opscharter.application.efficiency.port.in.ManageBenchmarks;
import dev.opscharter.application.shared.RequestKey;
import dev.opscharter.domain.efficiency.Benchmark;
import dev.opscharter.domain.efficiency.BenchmarkId;
import dev.opscharter.domain.efficiency.EfficiencyIndicator;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;

/**
 * A benchmark, new or corrected: the indicator, the best value and which way is better, the teams that reach
 * it (separated by commas) and since when. Ids: {@code benchmark-indicator}, {@code -unit}, {@code -direction},
 * {@code -best}, {@code -holders}, {@code -reached-on}, buttons {@code benchmark-save}, {@code benchmark-cancel}.
 */
final class BenchmarkEditor extends FormLayout {

    private final TextField indicator = new TextField();
    private final ComboBox<MetricUnit> unit = new ComboBox<>();
    private final ComboBox<MetricDirection> direction = new ComboBox<>();
    private final BigDecimalField best = new BigDecimalField();
    private final TextField holders = new TextField();
    private final LocalizedDatePicker reachedOn;

    private BenchmarkEditor(EfficiencyTexts texts, @Nullable Benchmark benchmark) {
        indicator.setLabel(texts.t("efficiency.benchmark.indicator"));
        indicator.setId("benchmark-indicator");
        indicator.setMaxLength(EfficiencyIndicator.MAX_NAME);
        unit.setLabel(texts.t("efficiency.indicator.unit"));
        unit.setId("benchmark-unit");
        unit.setItems(MetricUnit.values());
        unit.setItemLabelGenerator(texts::unit);
        direction.setLabel(texts.t("efficiency.indicator.direction"));
        direction.setId("benchmark-direction");
        direction.setItems(MetricDirection.values());
        direction.setItemLabelGenerator(texts::direction);
        best.setLabel(texts.t("efficiency.benchmark.best"));
        best.setId("benchmark-best");
        holders.setLabel(texts.t("efficiency.benchmark.holders"));
        holders.setHelperText(texts.t("efficiency.benchmark.holders.help"));
        holders.setId("benchmark-holders");
        reachedOn = new LocalizedDatePicker(texts.t("efficiency.benchmark.reached-on"));
        reachedOn.setId("benchmark-reached-on");
        add(indicator, unit, direction, best, holders, reachedOn);
        if (benchmark != null) {
            indicator.setValue(benchmark.indicator());
            unit.setValue(benchmark.unit());
            direction.setValue(benchmark.direction());
            best.setValue(benchmark.best());
            holders.setValue(String.join(", ", benchmark.holders()));
            reachedOn.setValue(benchmark.reachedOn());
        } else {
            unit.setValue(MetricUnit.HOURS);
            direction.setValue(MetricDirection.LOWER_IS_BETTER);
        }
    }

    private Benchmark benchmark(BenchmarkId id, long version) {
        return new Benchmark(id, indicator.getValue(), unit.getOptionalValue().orElse(MetricUnit.COUNT),
                direction.getOptionalValue().orElse(MetricDirection.HIGHER_IS_BETTER), best.getValue(),
                Arrays.stream(holders.getValue().split("[,，;；]")).filter(h -> !h.isBlank()).toList(),
                reachedOn.getValue(), version);
    }

    /** @param benchmark null for a new one */
    static void open(Component parent, ManageBenchmarks manage, EfficiencyTexts texts, @Nullable Benchmark benchmark,
                     Runnable done) {
        var editor = new BenchmarkEditor(texts, benchmark);
        var errors = new FormErrors(editor).bind("indicator", editor.indicator).bind("best", editor.best)
                .bind("holders", editor.holders).bind("reachedOn", editor.reachedOn);
        var key = RequestKey.fresh();
        var id = benchmark == null ? BenchmarkId.random() : benchmark.id();
        new FormDialog(texts.t(benchmark == null ? "efficiency.benchmark.new" : "efficiency.benchmark.edit"),
                texts.t("action.save"), "benchmark", editor, () -> Attempt.run(parent, errors,
                "efficiency.benchmark.saved", () -> {
                    if (benchmark == null) {
                        manage.record(key, editor.benchmark(id, 0));
                    } else {
                        manage.update(editor.benchmark(id, benchmark.version()));
                    }
                }, done)).open();
    }
}
