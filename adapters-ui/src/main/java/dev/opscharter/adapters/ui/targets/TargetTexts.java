package dev.opscharter.adapters.ui.targets;

import com.vaadin.flow.component.Component;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.adapters.ui.shared.StatusBadge;
import dev.opscharter.application.targets.port.in.TargetQueries.TargetStanding;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.Attainment;
import dev.opscharter.domain.targets.BusinessUnit;
import dev.opscharter.domain.targets.Metric;
import dev.opscharter.domain.targets.MetricUnit;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * The words and numbers of the targets screens in the user's language: a figure as its metric counts
 * it (an amount of money, a percent, hours…), an attainment percent, names of units and metrics.
 */
final class TargetTexts {

    /** A text by its bundle key, in the language of the screen. */
    @FunctionalInterface
    interface Translator {
        String text(String key, Object... arguments);
    }

    private final Translator translator;
    private final Locale locale;
    private final Language language;

    TargetTexts(Component owner) {
        this((key, arguments) -> owner.getTranslation(key, arguments), Formats.locale());
    }

    TargetTexts(Translator translator, Locale locale) {
        this.translator = translator;
        this.locale = locale;
        this.language = Language.of(locale);
    }

    String t(String key, Object... arguments) {
        return translator.text(key, arguments);
    }

    String name(BilingualName name) {
        return name.in(language);
    }

    String unit(BusinessUnit unit) {
        return unit.code() + " · " + name(unit.name());
    }

    String metric(Metric metric) {
        return name(metric.name());
    }

    String period(Period period) {
        return switch (period) {
            case Period.Quarter q -> t("kit.period.quarter", Integer.toString(q.year()), q.quarter());
            case Period.Year y -> t("kit.period.year", Integer.toString(y.year()));
        };
    }

    /** A day in the locale's short form: 2026/7/1, 7/1/26. */
    String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).format(day);
    }

    /** A figure as its metric counts it: "¥1,234.50", "95.3%", "2.5 h", "1,200". */
    String value(MetricUnit unit, BigDecimal value) {
        return switch (unit) {
            case MONEY -> t("targets.format.MONEY", number(value, 2, 2));
            case PERCENT -> t("targets.format.PERCENT", number(value, 0, 1));
            case HOURS -> t("targets.format.HOURS", number(value, 0, 2));
            case DAYS -> t("targets.format.DAYS", number(value, 0, 2));
            case COUNT, SCORE -> number(value, 0, 2);
        };
    }

    String value(Metric metric, Optional<BigDecimal> value) {
        return value.map(v -> value(metric.unit(), v)).orElseGet(() -> t("targets.no-data"));
    }

    /** 93.4 → "93.4%" in the locale's way. */
    String percent(BigDecimal percent) {
        return Formats.percent(percent.movePointLeft(2).doubleValue(), 1, locale);
    }

    /**
     * The attainment as a percent (where none can be had, the words attained or missed), coloured by the
     * attainment the target is judged by now: while the period runs, where it ends at this pace (a quarter's
     * revenue at 50 % halfway through is on pace, not missed), the pace its tooltip; once ended, the attainment.
     */
    StatusBadge attainment(TargetStanding standing) {
        if (standing.attainment().isEmpty()) {
            return new StatusBadge(t("targets.no-data"), StatusBadge.Tone.NEUTRAL);
        }
        var reached = standing.attainment().get();
        var text = reached.percent().map(this::percent)
                .orElseGet(() -> t(reached.attained() ? "targets.attained" : "targets.missed"));
        boolean onCourse = standing.expected().map(Attainment::attained).orElse(reached.attained());
        var badge = new StatusBadge(text, onCourse ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.ERROR);
        var pace = pace(standing.projection(), standing.projectedAttainment());
        if (!pace.isEmpty()) {
            badge.setTitle(pace);
        }
        return badge;
    }

    /** "At this pace: 93% of target", or empty where the period has ended or has no data. */
    String pace(Optional<BigDecimal> projection, Optional<Attainment> projected) {
        if (projection.isEmpty() || projected.isEmpty()) {
            return "";
        }
        return projected.get().percent().map(p -> t("targets.pace", percent(p)))
                .orElseGet(() -> t(projected.get().attained() ? "targets.pace.attained" : "targets.pace.missed"));
    }

    /** The pace column's cell, its header saying "at this pace": "93.0%", or attained or missed without a percent. */
    String projected(Optional<BigDecimal> projection, Optional<Attainment> projected) {
        if (projection.isEmpty() || projected.isEmpty()) {
            return "";
        }
        return projected.get().percent().map(this::percent)
                .orElseGet(() -> t(projected.get().attained() ? "targets.attained" : "targets.missed"));
    }

    private String number(BigDecimal value, int minDigits, int maxDigits) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(minDigits);
        format.setMaximumFractionDigits(maxDigits);
        return format.format(value);
    }
}
