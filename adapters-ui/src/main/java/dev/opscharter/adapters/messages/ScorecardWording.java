package dev.opscharter.adapters.messages;

import dev.opscharter.domain.appraisal.AppraisalStandards;
import dev.opscharter.domain.appraisal.Direction;
import dev.opscharter.domain.appraisal.Indicator;
import dev.opscharter.domain.appraisal.Measurement;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartResult;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.appraisal.Scorecard;
import dev.opscharter.domain.appraisal.ScorecardApproval;
import dev.opscharter.domain.appraisal.Status;
import dev.opscharter.domain.appraisal.Threshold;
import dev.opscharter.domain.appraisal.Unit;
import dev.opscharter.domain.shared.Period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The scorecard in words and numbers of one language: names of indicators and parts, standards
 * ("≥ 95%"), figures, statuses, provenance and progress. The screens use it in the user's language;
 * the documents use it twice, once per language, to put Chinese and English side by side.
 *
 * <p>Figures are rounded towards failing ({@link JudgedFigures#towardsFailing}: down for "at least", up for
 * "at most") and keep up to four decimals, so a figure that fails never reads as if it met its threshold:
 * 18 999 of 20 000 is 94.995 %, shown as 94.995 %, never as 95 %.
 */
public class ScorecardWording {

    /** What shows where there is no figure. */
    public static final String NO_FIGURE = "—";
    private static final String KEY_PREFIX = "appraisal.";

    private final Translator translations;
    private final Locale locale;
    private final ZoneId zone;
    private final UnaryOperator<String> names;

    /**
     * From the bundles, outside any user's session (documents).
     *
     * @param names the person behind a user name kept in a record ("director" → 王建国)
     */
    public ScorecardWording(Locale locale, ZoneId zone, UnaryOperator<String> names) {
        this(Messages.bundled()::text, locale, zone, names);
    }

    protected ScorecardWording(Translator translations, Locale locale, ZoneId zone, UnaryOperator<String> names) {
        this.translations = translations;
        this.locale = locale;
        this.zone = zone;
        this.names = names;
    }

    public String person(String username) {
        return names.apply(username);
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... arguments) {
        return translations.text(key, locale, arguments);
    }

    /** Whether the bundles know {@code key} (the provider answers "!key" for an unknown one). */
    public boolean knows(String key) {
        return !("!" + key).equals(translations.text(key, locale));
    }

    public String indicator(Indicator indicator) {
        return text(KEY_PREFIX + "indicator." + indicator.name());
    }

    public String part(Part part) {
        return text(KEY_PREFIX + "part." + part.name());
    }

    public String status(Status status) {
        return text(KEY_PREFIX + "status." + status.name());
    }

    /** A part's verdict; an annual part in a quarter is progress, so it reads "on track" or "behind". */
    public String status(PartResult result) {
        if (result.progress().isPresent()) {
            return text(KEY_PREFIX + "progress-status." + result.status().name());
        }
        return status(result.status());
    }

    public String period(Period period) {
        return switch (period) {
            case Period.Quarter quarter -> text(KEY_PREFIX + "period.quarter", Integer.toString(quarter.year()),
                    Integer.toString(quarter.quarter()));
            case Period.Year year -> text(KEY_PREFIX + "period.year", Integer.toString(year.year()));
        };
    }

    public String direction(Direction direction) {
        return direction.symbol();
    }

    /** "≥ 95%", "≤ 0.5%", "≤ 0". */
    public String standard(Threshold threshold, Unit unit) {
        return threshold.direction().symbol() + " " + amount(threshold.value(), unit, RoundingMode.HALF_EVEN);
    }

    public String standard(Part part, AppraisalStandards standards) {
        return standard(standards.threshold(part), part.unit());
    }

    /** A value in the part's unit, rounded towards failing its standard. */
    public String figure(BigDecimal value, Part part) {
        return amount(value, part.unit(), JudgedFigures.towardsFailing(part.direction()));
    }

    /** The figure a part was judged on, or {@link #NO_FIGURE}. */
    public String figure(PartResult result) {
        return result.figure().map(v -> figure(v, result.part())).orElse(NO_FIGURE);
    }

    /** A measurement as recorded: "95.5%", or "95% (19 / 20)" for a ratio, "— (0 / 0)" with nothing to divide by. */
    public String measurement(Measurement measurement, Part part) {
        return switch (measurement) {
            case Measurement.Amount(BigDecimal value) -> figure(value, part);
            case Measurement.Ratio ratio -> ratio.figure().map(v -> figure(v, part)).orElse(NO_FIGURE) + " ("
                    + plain(ratio.numerator()) + " / " + plain(ratio.denominator()) + ")";
        };
    }

    /** The figure of a part with the counts behind it when it is a ratio of a single value. */
    public String figureWithCounts(PartResult result) {
        if (result.values().size() == 1 && result.values().getFirst().measurement() instanceof Measurement.Ratio
                && result.progress().isEmpty()) {
            return measurement(result.values().getFirst().measurement(), result.part());
        }
        return figure(result);
    }

    /** "2 of 3 this year; pro-rata 1.5 by Q2", for an annual part shown in a quarter. */
    public String progress(PartResult result, Period period) {
        return result.progress().map(p -> text(KEY_PREFIX + "progress", plain(p.yearToDate()),
                plain(p.annualThreshold()), plain(p.proRataThreshold()),
                period instanceof Period.Quarter q ? Integer.toString(q.quarter()) : "4")).orElse("");
    }

    /** Where a value comes from, in one line. */
    public String provenance(PartValue value) {
        return switch (value.provenance()) {
            case Provenance.Manual manual -> text(KEY_PREFIX + "provenance.manual-line", person(manual.enteredBy()),
                    dateTime(manual.enteredAt()), manual.reason());
            case Provenance.FromRecords records -> text(KEY_PREFIX + "provenance.records-line",
                    source(records.source()));
        };
    }

    /** "manual" or "from records", as a short label. */
    public String provenanceKind(PartValue value) {
        return switch (value.provenance()) {
            case Provenance.Manual manual -> text(KEY_PREFIX + "provenance.manual");
            case Provenance.FromRecords records -> text(KEY_PREFIX + "provenance.records");
        };
    }

    /** The name of a source of records, e.g. "people records"; unknown sources show their code. */
    public String source(String source) {
        var key = KEY_PREFIX + "source." + source;
        return knows(key) ? text(key) : source;
    }

    /**
     * What one record behind a figure says, in this language; arguments that are ISO dates are shown
     * as local dates.
     */
    public String evidence(Provenance.Evidence evidence) {
        var arguments = evidence.arguments().stream().map(this::localizedArgument).toArray();
        return knows(evidence.detailKey()) ? text(evidence.detailKey(), arguments)
                : evidence.detailKey() + " " + String.join(", ", evidence.arguments());
    }

    private String localizedArgument(String argument) {
        if (argument.length() == 10 && argument.charAt(4) == '-' && argument.charAt(7) == '-') {
            try {
                return date(LocalDate.parse(argument));
            } catch (DateTimeParseException notADate) {
                return argument;
            }
        }
        return argument;
    }

    /** The parts that failed, by name, or that all judged parts hold, or which parts lack data. */
    public String summary(Scorecard scorecard) {
        var failed = scorecard.failedParts();
        if (!failed.isEmpty()) {
            return text(KEY_PREFIX + "summary.failed", names(failed));
        }
        var running = partsWith(scorecard, Status.IN_PROGRESS);
        if (!running.isEmpty()) {
            return text(KEY_PREFIX + "summary.in-progress", date(scorecard.period().endExclusive().minusDays(1)),
                    names(running));
        }
        var missing = partsWith(scorecard, Status.NO_DATA);
        if (!missing.isEmpty()) {
            return text(KEY_PREFIX + "summary.no-data", names(missing));
        }
        return text(KEY_PREFIX + "summary.all-pass");
    }

    private static List<Part> partsWith(Scorecard scorecard, Status status) {
        return scorecard.indicators().stream().flatMap(i -> i.parts().stream())
                .filter(p -> p.counts() && p.status() == status).map(PartResult::part).toList();
    }

    /** The rule a year is judged by, stated once on the year's scorecard. */
    public String yearRule() {
        return text(KEY_PREFIX + "year-rule");
    }

    /**
     * What a reader needs to redo a figure: the progress of an annual part in a quarter, or how the
     * year's figure came from its quarters; empty for a period's own figure.
     */
    public String note(PartResult result, Period period) {
        if (result.progress().isPresent()) {
            return progress(result, period);
        }
        if (result.derivation() == PartResult.Derivation.OWN || !(period instanceof Period.Year)) {
            return "";
        }
        // a mean of fewer than four quarters is where the year stands so far, not the year's figure
        boolean partial = result.derivation() == PartResult.Derivation.QUARTERS_AVERAGED
                && result.values().size() < 4;
        return partial ? text(KEY_PREFIX + "derivation.QUARTERS_AVERAGED.so-far", result.values().size())
                : text(KEY_PREFIX + "derivation." + result.derivation().name());
    }

    /** The veto parts that failed, or empty. */
    public String veto(Scorecard scorecard) {
        var vetoed = scorecard.failedParts().stream().filter(Part::veto).toList();
        return vetoed.isEmpty() ? "" : text(KEY_PREFIX + "summary.veto", names(vetoed));
    }

    public String names(List<Part> parts) {
        return parts.stream().map(this::part).collect(Collectors.joining(text(KEY_PREFIX + "list-separator")));
    }

    public String standardsVersion(AppraisalStandards standards) {
        return text(KEY_PREFIX + "standards-version", Integer.toString(standards.number()), period(standards.from()));
    }

    public String approval(ScorecardApproval approval) {
        return text(KEY_PREFIX + "approved", person(approval.approvedBy()), date(approval.approvedAt()));
    }

    public String notApproved() {
        return text(KEY_PREFIX + "not-approved");
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public String date(Instant instant) {
        return date(LocalDate.ofInstant(instant, zone));
    }

    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .format(instant.atZone(zone));
    }

    /** A number as it is, grouped and with its decimals: counts, pro-rata shares, numerators. */
    public String plain(BigDecimal value) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(4);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value);
    }

    /** Rounded here, not by the format: a format drops a figure below its last decimal whatever its rounding. */
    private String amount(BigDecimal value, Unit unit, RoundingMode rounding) {
        var rounded = value.setScale(JudgedFigures.MOST_DIGITS, rounding);
        return switch (unit) {
            case PERCENT -> {
                var format = NumberFormat.getPercentInstance(locale);
                format.setMaximumFractionDigits(JudgedFigures.MOST_DIGITS);
                yield format.format(rounded.movePointLeft(2));
            }
            case COUNT -> {
                var format = NumberFormat.getNumberInstance(locale);
                format.setMaximumFractionDigits(JudgedFigures.MOST_DIGITS);
                yield format.format(rounded);
            }
        };
    }
}
