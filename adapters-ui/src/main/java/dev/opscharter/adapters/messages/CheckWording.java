package dev.opscharter.adapters.messages;

import dev.opscharter.domain.compliance.CaseSummary;
import dev.opscharter.domain.compliance.Deviation;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessVersion;
import dev.opscharter.domain.compliance.Rate;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Language;
import dev.opscharter.domain.shared.LimitBasis;
import dev.opscharter.domain.shared.Period;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The compliance check's words in one language: periods, rates, durations in d/h/m and each
 * deviation explained in a sentence ("T04 came 3 d 2 h after T02; the limit is 48 h"). The check's
 * screens use it in the user's language; the inspection report uses it twice, once per language, to
 * put Chinese and English side by side, so both word a finding the same way.
 */
public class CheckWording {

    public static final String NONE = "—";

    private final Translator translations;
    private final Supplier<Locale> locale;
    private final Supplier<ZoneId> zone;

    /** In the given language and time zone, from the bundles (documents, outside any user's session). */
    public CheckWording(Locale locale, ZoneId zone) {
        this(Messages.bundled()::text, () -> locale, () -> zone);
    }

    /** The language and zone may change with the session of the screen that asks. */
    protected CheckWording(Translator translations, Supplier<Locale> locale, Supplier<ZoneId> zone) {
        this.translations = translations;
        this.locale = locale;
        this.zone = zone;
    }

    public String t(String key, Object... arguments) {
        return translations.text(key, locale.get(), arguments);
    }

    public String name(BilingualName name) {
        return name.in("zh".equals(locale.get().getLanguage()) ? Language.ZH_CN : Language.EN);
    }

    public String period(Period period) {
        return switch (period) {
            case Period.Quarter q -> t("compliance.check.period.quarter", Integer.toString(q.year()), q.quarter());
            case Period.Year y -> t("compliance.check.period.year", Integer.toString(y.year()));
        };
    }

    public String scope(Optional<ProcessCode> process) {
        return process.map(ProcessCode::value).orElseGet(() -> t("compliance.check.scope.all"));
    }

    /** "95.3%", or "no cases" when nothing was evaluated. */
    public String rate(Rate rate) {
        var fraction = rate.fraction();
        return fraction.isPresent() ? Formatting.percent(fraction.getAsDouble(), 1, locale.get())
                : t("compliance.check.no-cases");
    }

    /** "95.3% (1,234 / 1,300)". */
    public String rateWithCases(Rate rate) {
        return rate.defined() ? t("compliance.check.rate-of", rate(rate), number(rate.compliant()),
                number(rate.evaluated())) : rate(rate);
    }

    public String number(long value) {
        return Formatting.number(value, locale.get());
    }

    public String type(DeviationType type) {
        return t("compliance.check.type." + type.name());
    }

    public String dateTime(@Nullable Instant instant) {
        return instant == null ? NONE : Formatting.dateTime(instant, locale.get(), zone.get());
    }

    /** A case's first to last event of a defined step; "—" for a case without a defined step. */
    public String span(CaseSummary summary) {
        return summary.span().map(span -> duration(span.duration())).orElse(NONE);
    }

    /** Elapsed time in days, hours and minutes, zero parts left out: "3 d 2 h", "45 m". */
    public String duration(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        var parts = new StringBuilder();
        if (days > 0) {
            parts.append(t("compliance.check.duration.days", number(days)));
        }
        if (hours > 0) {
            parts.append(parts.isEmpty() ? "" : " ")
                    .append(t("compliance.check.duration.hours", number(hours)));
        }
        if (minutes > 0) {
            parts.append(parts.isEmpty() ? "" : " ")
                    .append(t("compliance.check.duration.minutes", number(minutes)));
        }
        if (parts.isEmpty()) {
            parts.append(t("compliance.check.duration.seconds", number(seconds)));
        }
        return parts.toString();
    }

    /** A limit as the manual states it: whole hours as hours ("48 h"), anything else in d/h/m. */
    public String limit(Duration limit) {
        return limit.toSeconds() % 3600 == 0 ? t("compliance.check.duration.hours", number(limit.toHours()))
                : duration(limit);
    }

    /** The deviation in one sentence. */
    public String explain(Deviation d, Optional<ProcessVersion> version) {
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
