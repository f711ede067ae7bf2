package dev.opscharter.adapters.ui.efficiency;

import com.vaadin.flow.component.Component;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.domain.efficiency.EfficiencyIndicator;
import dev.opscharter.domain.efficiency.Improvement;
import dev.opscharter.domain.efficiency.ProjectState;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Optional;

/** The words and numbers of the efficiency screens, in the user's language. */
final class EfficiencyTexts {

    private final Component owner;

    EfficiencyTexts(Component owner) {
        this.owner = owner;
    }

    String t(String key, Object... arguments) {
        return owner.getTranslation(key, arguments);
    }

    StatusBadge state(ProjectState state) {
        var tone = switch (state) {
            case PLANNED -> StatusBadge.Tone.NEUTRAL;
            case IN_PROGRESS -> StatusBadge.Tone.WARNING;
            case ACCEPTED -> StatusBadge.Tone.SUCCESS;
            case CANCELLED -> StatusBadge.Tone.ERROR;
        };
        return new StatusBadge(t("efficiency.state." + state.name()), tone);
    }

    String unit(MetricUnit unit) {
        return t("efficiency.unit." + unit.name());
    }

    String direction(MetricDirection direction) {
        return t("efficiency.direction." + direction.name());
    }

    /** "4.5 h"; a dash for a value not known yet. */
    String value(Optional<BigDecimal> value, MetricUnit unit) {
        return value.map(v -> number(v) + " " + unit(unit)).orElse("–");
    }

    String number(BigDecimal value) {
        var format = NumberFormat.getNumberInstance(Formats.locale());
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    /** "+20.0 %", "−5.0 %", or why there is none. */
    String improvement(Optional<Improvement> improvement) {
        return improvement.map(i -> i.percent().map(this::signedPercent).orElse(t("efficiency.no-baseline")))
                .orElse("–");
    }

    String signedPercent(BigDecimal percent) {
        return (percent.signum() > 0 ? "+" : "") + number(percent) + " %";
    }

    /** The name a person gave the indicator, or the measured figure's own words. */
    String name(EfficiencyIndicator indicator) {
        return indicator.measured().map(m -> t("efficiency.figure." + m.figure().name())).orElse(indicator.name());
    }

    /** Typed, or measured from the execution records: around which day, over how many days, on how many cases. */
    String provenance(EfficiencyIndicator indicator) {
        return indicator.measured().map(m -> t("efficiency.measured", Formats.date(m.landedOn()), m.days(),
                m.casesBefore(), m.casesAfter())).orElse(t("efficiency.typed"));
    }
}
