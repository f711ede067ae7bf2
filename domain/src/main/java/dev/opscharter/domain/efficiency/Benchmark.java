package dev.opscharter.domain.efficiency;

import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.Require;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An efficiency benchmark (效率标杆), e.g. "fastest order processing time": the indicator, the best value
 * reached, which way is better, the teams or departments that reach it and since when. Others are measured
 * against it.
 */
public record Benchmark(BenchmarkId id, String indicator, MetricUnit unit, MetricDirection direction,
                        BigDecimal best, List<String> holders, LocalDate reachedOn, long version) {

    public static final int MAX_HOLDERS = 20;

    public Benchmark {
        Objects.requireNonNull(id, "id");
        indicator = Require.text(indicator, "indicator", EfficiencyIndicator.MAX_NAME);
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        best = EfficiencyIndicator.check(Require.present(best, "best"), "best");
        holders = holders.stream().map(h -> Require.text(h, "holders", 80)).distinct().toList();
        if (holders.isEmpty()) {
            throw new InvalidValue("holders", "validation.required");
        }
        if (holders.size() > MAX_HOLDERS) {
            throw new InvalidValue("holders", "validation.efficiency.too-many-holders", MAX_HOLDERS);
        }
        Require.present(reachedOn, "reachedOn");
    }

    /** Whether {@code value} is as good as the benchmark or better. */
    public boolean isReachedBy(BigDecimal value) {
        return direction.attained(value, best);
    }

    /** The same benchmark with another version: what a store hands back after saving. */
    public Benchmark withVersion(long newVersion) {
        return new Benchmark(id, indicator, unit, direction, best, holders, reachedOn, newVersion);
    }

    public Map<String, String> snapshot() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("indicator", indicator);
        fields.put("unit", unit.name());
        fields.put("direction", direction.name());
        fields.put("best", best.toPlainString());
        fields.put("holders", String.join(", ", holders));
        fields.put("reachedOn", reachedOn.toString());
        return fields;
    }
}
