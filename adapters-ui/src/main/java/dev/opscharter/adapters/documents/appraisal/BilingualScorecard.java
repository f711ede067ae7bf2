package dev.opscharter.adapters.documents.appraisal;

import dev.opscharter.adapters.documents.shared.Bilingual;
import dev.opscharter.adapters.messages.ScorecardWording;
import dev.opscharter.application.appraisal.ScorecardReport;
import dev.opscharter.domain.appraisal.Part;
import dev.opscharter.domain.appraisal.PartResult;
import dev.opscharter.domain.appraisal.PartValue;
import dev.opscharter.domain.appraisal.Provenance;
import dev.opscharter.domain.appraisal.Status;
import dev.opscharter.domain.shared.Period;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.Optional;
import java.util.function.Function;

/**
 * A scorecard laid out once for both exports: every label in Chinese and English side by side
 * ("运营目标达成率 Operating target attainment"), numbers formatted, each value with its provenance,
 * and the records behind computed figures. The workbook and the PDF only arrange these lines.
 */
final class BilingualScorecard {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final Locale ENGLISH = Locale.ENGLISH;
    /** Times in the exports read the same in both languages. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final String title;
    final String periodKey;
    final Status status;
    final List<Line> header = new ArrayList<>();
    final List<IndicatorBlock> indicators = new ArrayList<>();
    final List<Detail> details = new ArrayList<>();
    final List<String> columns;
    final List<String> detailColumns;

    private final ScorecardWording zh;
    private final ScorecardWording en;
    private final ZoneId zone;

    /** A label and its value in the header of the report. */
    record Line(String label, String value) {
    }

    record IndicatorBlock(String name, Status status, String statusText, List<Row> rows) {
    }

    /**
     * One part: the figure as text (rounded towards failing, as on screen) and as a number in the
     * part's unit for whoever computes with it.
     */
    record Row(Part part, String name, String standard, String figure, Optional<BigDecimal> value, Status status,
               String statusText, String note, String provenance) {
    }

    /** One value behind a part, or one record behind a computed value. */
    record Detail(String part, String period, String value, String kind, String record, String detail) {
    }

    BilingualScorecard(ScorecardReport report, ZoneId zone, UnaryOperator<String> names) {
        this.zh = new ScorecardWording(CHINESE, zone, names);
        this.en = new ScorecardWording(ENGLISH, zone, names);
        this.zone = zone;
        var scorecard = report.scorecard();
        var period = scorecard.period();
        this.periodKey = period.key();
        this.status = scorecard.status();
        this.title = both("appraisal.export.title") + " · " + pair(t -> t.period(period));

        header.add(new Line(both("appraisal.export.period"), pair(t -> t.period(period))));
        header.add(new Line(both("appraisal.export.status"), pair(t -> t.status(scorecard.status()))));
        header.add(new Line(both("appraisal.export.summary"), pair(t -> t.summary(scorecard))));
        if (scorecard.vetoed()) {
            header.add(new Line(both("appraisal.veto"), pair(t -> t.veto(scorecard))));
        }
        header.add(new Line(both("appraisal.export.standards"), pair(t -> t.standardsVersion(report.standards()))));
        if (period instanceof Period.Year) {
            header.add(new Line(both("appraisal.export.year-rule"), pair(ScorecardWording::yearRule)));
        }
        header.add(new Line(both("appraisal.export.approval"), report.approval()
                .map(a -> pair(t -> t.approval(a)) + (a.comment().isEmpty() ? "" : " — " + a.comment()))
                .orElseGet(() -> pair(ScorecardWording::notApproved))));

        this.columns = List.of(both("appraisal.column.part"), both("appraisal.column.standard"),
                both("appraisal.column.figure"), both("appraisal.column.value"), both("appraisal.column.status"),
                both("appraisal.column.provenance"));
        this.detailColumns = List.of(both("appraisal.column.part"), both("appraisal.column.period"),
                both("appraisal.column.figure"), both("appraisal.column.provenance"),
                both("appraisal.column.record"), both("appraisal.column.detail"));

        for (var indicator : scorecard.indicators()) {
            var rows = indicator.parts().stream().map(p -> row(p, period)).toList();
            indicators.add(new IndicatorBlock(both(t -> t.indicator(indicator.indicator())), indicator.status(),
                    both(t -> t.status(indicator.status())), rows));
            for (var part : indicator.parts()) {
                for (var value : part.values()) {
                    addDetails(part.part(), value);
                }
            }
        }
    }

    private Row row(PartResult result, Period period) {
        var part = result.part();
        var name = both(t -> t.part(part)) + (part.veto() ? " [" + both("appraisal.veto") + "]" : "");
        var provenance = result.values().isEmpty() ? both("appraisal.provenance.none")
                : String.join("\n", result.values().stream().map(v -> provenance(v, result.values().size() > 1))
                .toList());
        return new Row(part, name, zh.standard(result.threshold(), part.unit()), zh.figureWithCounts(result),
                result.figure(), result.status(), both(t -> t.status(result)),
                zh.note(result, period).isEmpty() ? "" : pair(t -> t.note(result, period)), provenance);
    }

    private String provenance(PartValue value, boolean withPeriod) {
        var prefix = withPeriod ? pair(t -> t.period(value.period())) + " " + zh.measurement(value.measurement(),
                value.part()) + ": " : "";
        return prefix + switch (value.provenance()) {
            case Provenance.Manual manual -> both("appraisal.provenance.manual") + ": " + zh.person(manual.enteredBy()) + ", "
                    + time(manual.enteredAt()) + " — " + manual.reason()
                    + (manual.attachment().isPresent() ? " (" + both("appraisal.provenance.with-attachment") + ")"
                    : "");
            case Provenance.FromRecords records -> both("appraisal.provenance.records") + ": "
                    + sourceName(records.source());
        };
    }

    private void addDetails(Part part, PartValue value) {
        var partName = both(t -> t.part(part));
        var periodName = pair(t -> t.period(value.period()));
        var figure = zh.measurement(value.measurement(), part);
        switch (value.provenance()) {
            case Provenance.Manual manual -> details.add(new Detail(partName, periodName, figure,
                    both("appraisal.provenance.manual"), zh.person(manual.enteredBy()) + ", " + time(manual.enteredAt()),
                    manual.reason()));
            case Provenance.FromRecords records -> {
                var kind = both("appraisal.provenance.records") + ": " + sourceName(records.source());
                if (records.evidence().isEmpty()) {
                    details.add(new Detail(partName, periodName, figure, kind, "", ""));
                }
                for (var evidence : records.evidence()) {
                    details.add(new Detail(partName, periodName, figure, kind, evidence.label(),
                            zh.evidence(evidence) + Bilingual.BETWEEN_LANGUAGES + en.evidence(evidence)));
                }
            }
        }
    }

    private String sourceName(String source) {
        var chinese = zh.source(source);
        var english = en.source(source);
        return Bilingual.label(chinese, english);
    }

    String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    /** A label in both languages: "运营目标达成率 Operating target attainment". */
    String both(String key) {
        return both(t -> t.text(key));
    }

    private String both(Function<ScorecardWording, String> text) {
        return Bilingual.label(zh, en, text);
    }

    /** A sentence in both languages, separated so each stays readable. */
    private String pair(Function<ScorecardWording, String> text) {
        return Bilingual.sentence(zh, en, text);
    }
}
