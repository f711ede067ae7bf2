package dev.opscharter.domain.efficiency;

import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.targets.MetricDirection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A tool or system brought in (CRM, ERP, …) and the efficiency it was to bring: the charter expects at
 * least {@link #EXPECTED_GAIN} % after go-live, measured on one indicator before and after; with the training
 * given. Until the value after go-live is known the expectation is neither met nor missed.
 */
public record ToolIntroduction(ToolIntroductionId id, String name, String indicator, MetricDirection direction,
                               LocalDate goLive, BigDecimal baseline, Optional<BigDecimal> after, Training training,
                               long version) {

    /** The charter's expectation of a tool's gain, in percent. */
    public static final BigDecimal EXPECTED_GAIN = new BigDecimal("20");

    public ToolIntroduction {
        Objects.requireNonNull(id, "id");
        name = Require.text(name, "name", 200);
        indicator = Require.text(indicator, "indicator", EfficiencyIndicator.MAX_NAME);
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(goLive, "goLive");
        baseline = EfficiencyIndicator.check(Require.present(baseline, "baseline"), "baseline");
        after = after.map(a -> EfficiencyIndicator.check(a, "after"));
        Objects.requireNonNull(training, "training");
    }

    /** A tool whose indicator was measured before and after go-live. */
    public ToolIntroduction(String name, LocalDate goLive, Improvement measured, Training training) {
        this(ToolIntroductionId.random(), name, name, measured.direction(), goLive, measured.baseline(),
                Optional.of(measured.after()), training, 0);
    }

    public Optional<Improvement> improvement() {
        return after.map(a -> new Improvement(baseline, a, direction));
    }

    /** Met at 20 % (inclusive, unrounded); not met while the value after go-live is unknown. */
    public boolean meetsExpectation() {
        return improvement().map(i -> i.reaches(EXPECTED_GAIN)).orElse(false);
    }

    /** The same tool with another version: what a store hands back after saving. */
    public ToolIntroduction withVersion(long newVersion) {
        return new ToolIntroduction(id, name, indicator, direction, goLive, baseline, after, training, newVersion);
    }

    public Map<String, String> snapshot() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("name", name);
        fields.put("indicator", indicator);
        fields.put("direction", direction.name());
        fields.put("goLive", goLive.toString());
        fields.put("baseline", baseline.toPlainString());
        after.ifPresent(a -> fields.put("after", a.toPlainString()));
        fields.put("training", training.sessions() + " / " + training.attendees()
                + (training.note().isEmpty() ? "" : " " + training.note()));
        return fields;
    }
}
