package dev.opscharter.adapters.ui.compliance.check;

import com.vaadin.flow.component.Component;
import dev.opscharter.adapters.ui.shared.Formats;
import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries.CheckEntry;
import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries.Rate;
import dev.opscharter.application.compliance.port.in.ComplianceCheckQueries.RunState;
import dev.opscharter.domain.compliance.Deviation;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.LimitBasis;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessVersion;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.Period;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The check's words in the user's language: periods, states, rates, durations in d/h/m and each
 * deviation explained in a sentence ("T04 came 3 d 2 h after T02; the limit is 48 h").
 */
final class ComplianceCheckTexts {

    static final String NONE = "—";

    private final Component owner;
    private final Language language;

    ComplianceCheckTexts(Component owner) {
        this.owner = owner;
        this.language = "zh".equals(Formats.locale().getLanguage()) ? Language.ZH_CN : Language.EN;
    }

    String t(String key, Object... arguments) {
        return owner.getTranslation(key, arguments);
    }

    String name(BilingualName name) {
        return name.in(language);
    }

    String period(Period period) {
        return switch (period) {
            case Period.Quarter q -> t("compliance.check.period.quarter", Integer.toString(q.year()), q.quarter());
            case Period.Year y -> t("compliance.check.period.year", Integer.toString(y.year()));
        };
    }

    String scope(Optional<ProcessCode> process) {
        return process.map(ProcessCode::value).orElseGet(() -> t("compliance.check.scope.all"));
    }

    String state(CheckEntry check) {
        return t("compliance.check.state." + check.state().name().toLowerCase(Locale.ROOT));
    }

    static boolean busy(CheckEntry check) {
        return check.state() == RunState.QUEUED || check.state() == RunState.RUNNING;
    }

    /** "95.3%", or "no cases" when nothing was evaluated. */
    String rate(Rate rate) {
        var fraction = rate.fraction();
        return fraction.isPresent() ? Formats.percent(fraction.getAsDouble(), 1) : t("compliance.check.no-cases");
    }

    /** "95.3% (1,234 / 1,300)". */
    String rateWithCases(Rate rate) {
        return rate.defined() ? t("compliance.check.rate-of", rate(rate), Formats.number(rate.compliant()),
                Formats.number(rate.evaluated())) : rate(rate);
    }

    String type(DeviationType type) {
        return t("compliance.check.type." + type.name());
    }

    String dateTime(@Nullable Instant instant) {
        return instant == null ? NONE : Formats.dateTime(instant);
    }

    /** Elapsed time in days, hours and minutes, zero parts left out: "3 d 2 h", "45 m". */
    String duration(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        var parts = new StringBuilder();
        if (days > 0) {
            parts.append(t("compliance.check.duration.days", Formats.number(days)));
        }
        if (hours > 0) {
            parts.append(parts.isEmpty() ? "" : " ")
                    .append(t("compliance.check.duration.hours", Formats.number(hours)));
        }
        if (minutes > 0) {
            parts.append(parts.isEmpty() ? "" : " ")
                    .append(t("compliance.check.duration.minutes", Formats.number(minutes)));
        }
        if (parts.isEmpty()) {
            parts.append(t("compliance.check.duration.seconds", Formats.number(seconds)));
        }
        return parts.toString();
    }

    /** A limit as the manual states it: whole hours as hours ("48 h"), anything else in d/h/m. */
    String limit(Duration limit) {
        return limit.toSeconds() % 3600 == 0 ? t("compliance.check.duration.hours", Formats.number(limit.toHours()))
                : duration(limit);
    }

    /** The deviation in one sentence. */
    String explain(Deviation d, Optional<ProcessVersion> version) {
        var working = version.map(v -> v.basis() == LimitBasis.WORKING).orElse(false);
        var basis = working ? t("compliance.check.basis.working") : "";
        var step = text(d.step());
        return switch (d.type()) {
            case STEP_SKIPPED -> t("compliance.check.explain.STEP_SKIPPED", step, text(d.reference()));
            case OUT_OF_ORDER -> t("compliance.check.explain.OUT_OF_ORDER", step, text(d.reference()));
            case WRONG_ROLE -> t("compliance.check.explain.WRONG_ROLE", step, text(d.role()),
                    version.flatMap(v -> v.step(step)).map(s -> s.responsibleRoles().stream().sorted()
                            .collect(Collectors.joining(", "))).orElse(NONE));
            case STEP_LATE -> d.reference() == null
                    ? t("compliance.check.explain.STEP_LATE.first", step, taken(d), limitOf(d), basis)
                    : t("compliance.check.explain.STEP_LATE", step, taken(d), d.reference(), limitOf(d), basis);
            case CASE_LATE -> d.step() == null
                    ? t("compliance.check.explain.CASE_LATE.unfinished", taken(d), limitOf(d), basis)
                    : t("compliance.check.explain.CASE_LATE", taken(d), step, limitOf(d), basis);
            case UNKNOWN_STEP -> t("compliance.check.explain.UNKNOWN_STEP", step,
                    version.map(v -> Integer.toString(v.number())).orElse(NONE));
        };
    }

    private String taken(Deviation d) {
        return d.taken() == null ? NONE : duration(d.taken());
    }

    private String limitOf(Deviation d) {
        return d.limit() == null ? NONE : limit(d.limit());
    }

    private static String text(@Nullable String value) {
        return value == null ? NONE : value;
    }
}
