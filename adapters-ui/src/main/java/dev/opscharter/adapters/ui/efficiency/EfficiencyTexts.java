package dev.opscharter.adapters.ui.efficiency;

import com.vaadin.flow.component.Component;
import dev.opscharter.adapters.ui.shared.RunTexts;
import dev.opscharter.adapters.ui.organization.DisplayNames;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.domain.efficiency.EfficiencyIndicator;
import dev.opscharter.domain.efficiency.Improvement;
import dev.opscharter.domain.efficiency.ProjectState;
import dev.opscharter.domain.targets.MetricDirection;
import dev.opscharter.domain.targets.MetricUnit;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The words and numbers of the efficiency screens, in the user's language, and people by their names. */
final class EfficiencyTexts {

    private final Component owner;
    private final Directory directory;
    private final DisplayNames names;

    EfficiencyTexts(Component owner, Directory directory) {
        this.owner = owner;
        this.directory = directory;
        this.names = new DisplayNames(directory);
    }

    /**
     * A project's owner as people know them: the person's name for an account's user name, the system as
     * such, and a name typed for someone without an account as it was typed.
     */
    String person(String username) {
        return RunTexts.actor(owner, username, names);
    }

    /** The accounts an owner is chosen from, by their person's name. */
    List<String> people() {
        return directory.displayNames().entrySet().stream()
                .sorted(Map.Entry.<String, String>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
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
