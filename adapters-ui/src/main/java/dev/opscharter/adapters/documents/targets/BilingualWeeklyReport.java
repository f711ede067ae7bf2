package dev.opscharter.adapters.documents.targets;

import dev.opscharter.adapters.documents.shared.Bilingual;
import dev.opscharter.adapters.messages.Formatting;
import dev.opscharter.adapters.messages.Messages;
import dev.opscharter.application.targets.port.out.WeeklyReportRenderer.ReportDocument;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.targets.Attainment;
import dev.opscharter.domain.targets.BusinessUnitId;
import dev.opscharter.domain.targets.CoreTargets;
import dev.opscharter.domain.targets.PeriodStanding;
import dev.opscharter.domain.targets.WeeklyReport;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A week's report laid out once for both files: every label in Chinese and English side by side, each
 * line's figures as numbers (for the workbook) and as text (for the PDF), and the chart's bars. The PDF
 * and the workbook only arrange these.
 */
final class BilingualWeeklyReport {

    private static final Locale ZH = Messages.CHINESE;
    private static final Locale EN = Messages.ENGLISH;

    final String title;
    final List<HeaderLine> header = new ArrayList<>();
    final List<String> columns;
    final List<Row> rows = new ArrayList<>();
    final List<Bar> bars = new ArrayList<>();
    final String empty;

    private final Messages messages = Messages.bundled();

    record HeaderLine(String label, String value) {
    }

    /**
     * One unit × metric: the label cells, then the figures in column order (empty where there is none), the
     * percents among them as percents, and the deviations in words.
     */
    record Row(String metric, String unit, List<Optional<BigDecimal>> figures, boolean deviates, String deviations) {
    }

    /** Which of {@link Row#figures} are percents (week on week, attainments) rather than the metric's figures. */
    static final List<Boolean> PERCENT = List.of(false, false, true, false, false, true, true, false, false, true,
            true);

    /** A unit's attainment at this pace in the quarter: the mean of its targets', each at most 100 %. */
    record Bar(String unit, BigDecimal percent) {
    }

    BilingualWeeklyReport(ReportDocument document) {
        var report = document.report();
        var week = report.week();
        title = both("targets-report.title") + " · " + week.key();
        columns = List.of(both("targets-report.column.metric"), both("targets-report.column.unit"),
                both("targets-report.column.week"), both("targets-report.column.week-before"),
                both("targets-report.column.week-on-week"), both("targets-report.column.quarter"),
                both("targets-report.column.quarter-target"), both("targets-report.column.quarter-attainment"),
                both("targets-report.column.quarter-pace"), both("targets-report.column.year"),
                both("targets-report.column.year-target"), both("targets-report.column.year-attainment"),
                both("targets-report.column.year-pace"), both("targets-report.column.deviations"));
        empty = sentence("targets-report.none");

        header.add(new HeaderLine(both("targets-report.organization"), document.organizationName()));
        header.add(new HeaderLine(both("targets-report.week"), week.key() + " · " + Bilingual.sentence(
                text(ZH, "targets-report.week.span", date(week.monday(), ZH), date(week.sunday(), ZH)),
                text(EN, "targets-report.week.span", date(week.monday(), EN), date(week.sunday(), EN)))));
        header.add(new HeaderLine(both("targets-report.quarter"), period(week.quarter())));
        header.add(new HeaderLine(both("targets-report.year"), period(week.year())));
        header.add(new HeaderLine(both("targets-report.written-at"), Bilingual.sentence(
                Formatting.dateTime(document.writtenAt(), ZH, document.zone()),
                Formatting.dateTime(document.writtenAt(), EN, document.zone()))));
        header.add(new HeaderLine(both("targets-report.summary"), Bilingual.sentence(summary(report, ZH),
                summary(report, EN))));

        for (var line : report.lines()) {
            rows.add(new Row(metric(line), Bilingual.label(line.unit().name().chinese(), line.unit().name().english()),
                    figures(line), line.deviates(), line.deviations().stream()
                    .map(d -> sentence("targets-report.deviation." + d.name())).collect(Collectors.joining("; "))));
        }
        var byUnit = new LinkedHashMap<BusinessUnitId, List<Attainment>>();
        var names = new LinkedHashMap<BusinessUnitId, String>();
        report.lines().stream().sorted(Comparator.comparing(l -> l.unit().code())).forEach(line -> {
            names.put(line.unit().id(), line.unit().code());
            line.quarter().projectedAttainment().ifPresent(a ->
                    byUnit.computeIfAbsent(line.unit().id(), id -> new ArrayList<>()).add(a));
        });
        byUnit.forEach((unit, attainments) -> CoreTargets.attainment(attainments)
                .ifPresent(percent -> bars.add(new Bar(names.get(unit), percent))));
    }

    private static List<Optional<BigDecimal>> figures(WeeklyReport.Line line) {
        var figures = new ArrayList<Optional<BigDecimal>>();
        figures.add(line.thisWeek().value());
        figures.add(line.weekBefore().value());
        figures.add(line.weekOnWeek());
        standing(figures, line.quarter());
        standing(figures, line.year());
        return figures;
    }

    private static void standing(List<Optional<BigDecimal>> figures, PeriodStanding standing) {
        figures.add(standing.toDate().value());
        figures.add(standing.target());
        figures.add(standing.attainment().flatMap(Attainment::percent));
        figures.add(standing.projectedAttainment().flatMap(Attainment::percent));
    }

    /** A figure as text: grouped, at most two decimals; a percent with its sign; none, a dash. */
    static String shown(Optional<BigDecimal> value, boolean percent) {
        if (value.isEmpty()) {
            return "—";
        }
        var format = NumberFormat.getNumberInstance(EN);
        format.setMaximumFractionDigits(percent ? 1 : 2);
        format.setMinimumFractionDigits(percent ? 1 : 0);
        return format.format(value.get()) + (percent ? " %" : "");
    }

    private String metric(WeeklyReport.Line line) {
        var name = Bilingual.label(line.metric().name().chinese(), line.metric().name().english());
        return line.metric().key() ? name + " (" + both("targets-report.key") + ")" : name;
    }

    private String summary(WeeklyReport report, Locale locale) {
        return text(locale, "targets-report.summary.value", report.deviating(), report.lines().size(),
                report.offPace(), report.flagged(WeeklyReport.Deviation.KEY_UNMET));
    }

    private String period(Period period) {
        return switch (period) {
            case Period.Quarter(int year, int quarter) -> Bilingual.sentence(
                    text(ZH, "targets-report.period.quarter", year, quarter),
                    text(EN, "targets-report.period.quarter", year, quarter));
            case Period.Year(int year) -> Bilingual.sentence(text(ZH, "targets-report.period.year", year),
                    text(EN, "targets-report.period.year", year));
        };
    }

    String both(String key) {
        return Bilingual.label(text(ZH, key), text(EN, key));
    }

    String sentence(String key) {
        return Bilingual.sentence(text(ZH, key), text(EN, key));
    }

    private String text(Locale locale, String key, Object... params) {
        return messages.text(key, locale, params);
    }

    private static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }
}
