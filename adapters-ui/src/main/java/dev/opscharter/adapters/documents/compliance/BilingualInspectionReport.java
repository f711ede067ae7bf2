package dev.opscharter.adapters.documents.compliance;

import dev.opscharter.adapters.messages.CheckWording;
import dev.opscharter.adapters.messages.RunWording;
import dev.opscharter.adapters.documents.shared.Bilingual;
import dev.opscharter.application.compliance.port.out.InspectionReportRenderer.InspectionReport;
import dev.opscharter.application.compliance.port.out.InspectionReportRenderer.RaisedAction;
import dev.opscharter.domain.compliance.CaseSummary;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.FindingRef;
import dev.opscharter.domain.compliance.ProcessResult;
import dev.opscharter.domain.compliance.Rate;
import dev.opscharter.domain.compliance.StepTally;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.Language;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The inspection report laid out once for both files: every heading and label in Chinese and English
 * ("合规率 Compliance rate"), sentences in both languages ("… / …"), numbers, rates and times
 * formatted, each deviation of the worst cases explained in words (the wording the check's pages
 * use, {@link CheckWording}). The PDF and the workbook only arrange these tables.
 */
final class BilingualInspectionReport {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final Locale ENGLISH = Locale.ENGLISH;
    /** The most deviating cases the workbook lists; the rest are counted in a note. */
    static final int DEVIATING_CASES_CAP = 100_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final InspectionReport report;
    final String title;
    final String draftMark;
    final String statusNote;
    final List<Line> cover = new ArrayList<>();
    final Table processes;
    final Table types;
    final Table findings;
    final Table actions;
    final String worstHeading;
    final List<String> worstColumns;
    final float[] worstWidths;
    final List<CaseBlock> worstCases = new ArrayList<>();
    final Table worstDeviations;
    final Table unknown;
    final String unknownNote;
    final String findingsNote;
    final String rules;
    final List<String> deviatingColumns;

    private final CheckWording zh;
    private final CheckWording en;
    private final Map<String, Optional<BilingualName>> names = new HashMap<>();

    /** A label and its value on the cover. */
    record Line(String label, Value value) {
    }

    /** A cell: its text, and for the workbook the number behind it. */
    sealed interface Value {
        String text();
    }

    record Text(String text) implements Value {
    }

    record Count(long value, String text) implements Value {
    }

    /** A rate: {@code fraction} 0.953 for 95.3 %, empty without cases. */
    record Share(Optional<Double> fraction, String text) implements Value {
    }

    /** A worst case: a line that names it, then its deviations one a row. */
    record CaseBlock(String header, List<List<Value>> rows) {
    }

    /**
     * A table of the report.
     *
     * @param sheet  the workbook sheet's name (at most 31 characters)
     * @param widths relative column widths (the workbook's are ten characters per unit)
     */
    record Table(String sheet, String heading, List<String> columns, List<List<Value>> rows, float[] widths,
                 String empty) {
    }

    BilingualInspectionReport(InspectionReport report) {
        this.report = report;
        this.zh = new CheckWording(CHINESE, report.zone());
        this.en = new CheckWording(ENGLISH, report.zone());
        var results = report.results();
        var check = results.check();
        results.processes().forEach(p -> names.put(p.processCode(), p.name()));

        this.title = both("inspection.title") + " · " + pair(t -> t.period(check.period()));
        this.draftMark = both("inspection.draft");
        this.statusNote = report.closing()
                .map(c -> pair(t -> t.t("inspection.final.note", time(c.closedAt()), c.closedBy())))
                .orElseGet(() -> pair(t -> t.t("inspection.draft.note", time(report.generatedAt()))));

        cover.add(line("inspection.label.organization", report.organizationName()));
        cover.add(line("inspection.label.period", pair(t -> t.period(check.period()))));
        cover.add(line("inspection.label.scope", check.process().map(p -> p.value() + name(p.value())
                .map(n -> " " + n).orElse("")).orElseGet(() -> pair(t -> t.scope(Optional.empty())))));
        cover.add(line("inspection.label.run", time(results.run().startedAt())));
        cover.add(line("inspection.label.run-by", RunWording.actorKey(report.ranBy()).map(this::both)
                .orElse(report.ranBy())));
        cover.add(line("inspection.label.status", report.closing()
                .map(c -> pair(t -> t.t("inspection.status.closed", time(c.closedAt()), c.closedBy())))
                .orElseGet(() -> draftMark + " — " + pair(t -> t.t("inspection.status.draft")))));
        cover.add(line("inspection.label.overall", pair(t -> t.rateWithCases(results.overall()))));
        cover.add(new Line(both("inspection.label.cases"), count(results.overall().evaluated())));
        cover.add(new Line(both("inspection.label.events"), count(results.run().events())));
        cover.add(new Line(both("inspection.label.deviating"), count(report.deviatingCaseCount())));
        cover.add(new Line(both("inspection.label.actions"), count(report.correctiveActions().size())));
        cover.add(line("inspection.label.generated", time(report.generatedAt())));
        cover.add(line("inspection.label.time-zone", report.zone().getId()));

        this.processes = new Table(both("inspection.sheet.processes"), both("compliance.check.by-process"),
                columns("compliance.check.column.process", "compliance.check.column.name",
                        "compliance.check.column.cases", "compliance.check.column.compliant",
                        "compliance.check.column.rate", "compliance.check.column.events",
                        "compliance.check.column.without-version"),
                results.processes().stream().map(this::processRow).toList(),
                new float[] {2.4f, 3f, 1.1f, 1.1f, 1.3f, 1.1f, 1.3f}, both("compliance.check.no-processes"));

        this.types = new Table(both("inspection.sheet.findings"), both("compliance.check.by-type"),
                columns("compliance.check.column.type", "compliance.check.column.deviations",
                        "compliance.check.column.cases"),
                results.byType().stream().map(t -> List.<Value>of(new Text(type(t.type())), count(t.deviations()),
                        count(t.cases()))).toList(),
                new float[] {3f, 1.2f, 1.2f}, both("compliance.check.no-deviations"));

        this.findingsNote = pair(t -> t.t("inspection.findings.note"));
        var findingRows = new ArrayList<List<Value>>();
        for (var process : results.processes()) {
            for (var step : process.byStep()) {
                findingRows.add(List.of(new Text(process.processCode()), new Text(step(step.stepCode())),
                        new Text(type(step.type())), count(step.deviations()),
                        new Text(actionsFor(process.processCode(), step))));
            }
        }
        this.findings = new Table(both("inspection.sheet.findings"), both("inspection.section.findings") + " · "
                + both("compliance.check.by-step"),
                columns("compliance.check.column.process", "compliance.check.column.step",
                        "compliance.check.column.type", "compliance.check.column.deviations",
                        "inspection.column.actions"),
                findingRows, new float[] {2f, 2.8f, 1.8f, 1f, 3.6f}, both("compliance.check.no-deviations"));

        this.actions = new Table(both("inspection.sheet.actions"), both("inspection.section.actions"),
                columns("inspection.column.finding", "inspection.column.action", "inspection.column.owner",
                        "inspection.column.due", "inspection.column.status", "inspection.column.cases-affected"),
                report.correctiveActions().stream().map(this::actionRow).toList(),
                new float[] {3.4f, 3.4f, 1.4f, 1.2f, 1.8f, 1f}, pair(t -> t.t("inspection.no-actions")));

        this.worstHeading = both("compliance.check.worst");
        this.worstColumns = columns("compliance.check.column.type", "compliance.check.column.step",
                "inspection.column.at", "inspection.column.explanation");
        this.worstWidths = new float[] {1.6f, 2.2f, 1.2f, 7f};
        var deviationRows = new ArrayList<List<Value>>();
        for (var worst : report.worstCases()) {
            var summary = worst.summary();
            var rows = new ArrayList<List<Value>>();
            for (var deviation : worst.deviations()) {
                var chinese = zh.explain(deviation, worst.version());
                var english = en.explain(deviation, worst.version());
                var type = new Text(type(deviation.type()));
                var step = new Text(step(deviation.step() == null ? "" : deviation.step()));
                var at = new Text(deviation.at() == null ? CheckWording.NONE : time(deviation.at()));
                rows.add(List.of(type, step, at, new Text(chinese + "\n" + english)));
                deviationRows.add(List.of(new Text(summary.processCode()), new Text(summary.caseId()),
                        count(summary.version()), new Text(time(summary.firstEvent())),
                        new Text(span(summary)), type, step, at, new Text(chinese),
                        new Text(english)));
            }
            worstCases.add(new CaseBlock(caseHeader(summary), rows));
        }
        this.worstDeviations = new Table(both("inspection.sheet.worst"), worstHeading,
                columns("compliance.check.column.process", "compliance.check.column.case",
                        "inspection.column.version", "compliance.check.column.started",
                        "compliance.check.column.span", "compliance.check.column.type",
                        "compliance.check.column.step", "inspection.column.at", "inspection.column.explanation-zh",
                        "inspection.column.explanation-en"),
                deviationRows, new float[] {2.4f, 1.6f, 1f, 1.8f, 2f, 2.2f, 1.4f, 1.8f, 6f, 6f},
                both("compliance.check.no-deviations"));

        this.unknown = new Table(both("inspection.sheet.unknown"), both("compliance.check.unknown"),
                columns("compliance.check.column.process", "compliance.check.column.cases",
                        "compliance.check.column.events"),
                results.unknownProcesses().stream().map(u -> List.<Value>of(new Text(u.processCode()),
                        count(u.cases()), count(u.events()))).toList(),
                new float[] {3f, 1.2f, 1.2f}, both("compliance.check.no-unknown"));
        this.unknownNote = pair(t -> t.t("compliance.check.unknown.note"));
        this.rules = zh.t("compliance.check.rules") + "\n\n" + en.t("compliance.check.rules");
        this.deviatingColumns = columns("compliance.check.column.process", "compliance.check.column.case",
                "inspection.column.version", "inspection.column.first-event", "inspection.column.last-event",
                "compliance.check.column.events", "compliance.check.column.deviations",
                "compliance.check.column.types", "compliance.check.column.span");
    }

    // ---- rows

    private List<Value> processRow(ProcessResult process) {
        return List.of(new Text(process.processCode()), new Text(name(process.processCode())
                        .orElse(CheckWording.NONE)), count(process.rate().evaluated()),
                count(process.rate().compliant()), share(process.rate()), count(process.events()),
                count(process.withoutVersion()));
    }

    private List<Value> actionRow(RaisedAction raised) {
        var action = raised.action();
        var status = both("actions.status." + action.status().name())
                + (raised.overdue() ? " · " + both("inspection.overdue") : "");
        return List.of(new Text(finding(action.finding().orElseThrow())), new Text(action.title()), new Text(raised.owner()),
                new Text(action.dueOn().toString()), new Text(status), count(action.caseCount()));
    }

    /**
     * "C-0042 · COMPLAINT_HANDLING 投诉处理 Complaint handling · 第 1 版 / version 1 · 开始时间 Started
     * 2026-05-11 10:00 · 已定义步骤首末间隔 Defined steps, first to last 1 天 7 小时 / 1 d 7 h · 偏差数 Deviations 2".
     */
    private String caseHeader(CaseSummary summary) {
        return summary.caseId() + " · " + summary.processCode() + name(summary.processCode()).map(n -> " " + n)
                .orElse("") + " · " + pair(t -> t.t("inspection.version", summary.version())) + " · "
                + both("compliance.check.column.started") + " " + time(summary.firstEvent()) + " · "
                + both("compliance.check.column.span") + " " + span(summary) + " · "
                + both("compliance.check.column.deviations") + " " + zh.number(summary.deviations());
    }

    /** The case's span in both languages, or "—" for a case without a defined step. */
    private String span(CaseSummary summary) {
        return summary.span().isEmpty() ? CheckWording.NONE : pair(t -> t.span(summary));
    }

    /** A row of the "Deviating cases" sheet. */
    List<Value> deviatingRow(CaseSummary summary) {
        return List.of(new Text(summary.processCode()), new Text(summary.caseId()), count(summary.version()),
                new Text(time(summary.firstEvent())), new Text(time(summary.lastEvent())), count(summary.events()),
                count(summary.deviations()),
                new Text(summary.types().stream().map(this::type).collect(Collectors.joining(", "))),
                new Text(span(summary)));
    }

    /** The note above the deviating cases: how many there are and how many are listed. */
    String deviatingNote(long total, long listed) {
        return listed < total
                ? pair(t -> t.t("inspection.deviating.capped", t.number(total), t.number(listed)))
                : pair(t -> t.t("inspection.deviating.all", t.number(total)));
    }

    /** The corrective actions raised for this finding, by title and status; or "none raised". */
    private String actionsFor(String process, StepTally step) {
        var raised = report.correctiveActions().stream()
                .filter(a -> a.action().finding().filter(f -> f.processCode().equals(process)
                        && f.type() == step.type() && f.stepCode().orElse("").equals(step.stepCode())).isPresent())
                .map(a -> a.action().title() + " (" + both("actions.status." + a.action().status().name()) + ")")
                .toList();
        return raised.isEmpty() ? both("inspection.none-raised") : String.join("\n", raised);
    }

    /** "COMPLAINT_HANDLING · 步骤超时 Step late · S2". */
    private String finding(FindingRef finding) {
        return finding.processCode() + " · " + type(finding.type()) + " · " + step(finding.stepCode().orElse(""));
    }

    // ---- words and numbers

    private Line line(String key, String value) {
        return new Line(both(key), new Text(value));
    }

    private List<String> columns(String... keys) {
        var columns = new ArrayList<String>();
        for (var key : keys) {
            columns.add(both(key));
        }
        return columns;
    }

    private Count count(long value) {
        return new Count(value, zh.number(value));
    }

    /** "50.0%", or "无案例 / no cases". */
    private Share share(Rate rate) {
        var fraction = rate.fraction();
        return fraction.isPresent() ? new Share(Optional.of(fraction.getAsDouble()), zh.rate(rate))
                : new Share(Optional.empty(), pair(t -> t.rate(rate)));
    }

    String type(DeviationType type) {
        return both(t -> t.type(type));
    }

    private String step(String code) {
        return code.isEmpty() ? both("compliance.check.whole-case") : code;
    }

    /** The process's name from the manual in both languages: "投诉处理 Complaint handling". */
    private Optional<String> name(String processCode) {
        return names.getOrDefault(processCode, Optional.empty()).map(n -> {
            var chinese = n.in(Language.ZH_CN);
            var english = n.in(Language.EN);
            return Bilingual.label(chinese, english);
        });
    }

    String time(Instant instant) {
        return TIME.format(instant.atZone(report.zone()));
    }

    /** A label in both languages: "合规率 Compliance rate". */
    String both(String key) {
        return both(t -> t.t(key));
    }

    private String both(Function<CheckWording, String> text) {
        return Bilingual.label(zh, en, text);
    }

    /** A sentence in both languages, apart so each stays readable. */
    private String pair(Function<CheckWording, String> text) {
        return Bilingual.sentence(zh, en, text);
    }

}
