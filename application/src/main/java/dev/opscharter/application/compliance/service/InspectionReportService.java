package dev.opscharter.application.compliance.service;

import dev.opscharter.application.compliance.port.in.InspectionReports;
import dev.opscharter.application.compliance.port.out.ComplianceChecks;
import dev.opscharter.application.compliance.port.out.CorrectiveActions;
import dev.opscharter.application.compliance.port.out.InspectionReportArchive;
import dev.opscharter.application.compliance.port.out.InspectionReportArchive.KeptReport;
import dev.opscharter.application.compliance.port.out.InspectionReportRenderer;
import dev.opscharter.application.compliance.port.out.InspectionReportRenderer.Closing;
import dev.opscharter.application.compliance.port.out.InspectionReportRenderer.InspectionReport;
import dev.opscharter.application.compliance.port.out.InspectionReportRenderer.RaisedAction;
import dev.opscharter.application.compliance.port.out.InspectionReportRenderer.WorstCase;
import dev.opscharter.application.compliance.port.out.ProcessManual;
import dev.opscharter.application.organization.port.in.Directory;
import dev.opscharter.application.organization.port.out.SettingsStore;
import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.shared.UseCase;
import dev.opscharter.application.shared.port.out.Transactions;
import dev.opscharter.domain.compliance.CaseSummary;
import dev.opscharter.domain.compliance.CheckEntry;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.compliance.CheckReport;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.FindingRef;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.shared.InvalidValue;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static dev.opscharter.domain.compliance.CompliancePermission.READ;

/**
 * The inspection report of a compliance check (SPEC §4, 检查报告).
 * <ul>
 * <li>An open check's report is a draft, written on each download from the current results.</li>
 * <li>{@link ComplianceCheckService#close} has both files written and kept with the check, in the
 *     transaction that closes it ({@link #keep}); from then on a download serves the kept bytes, so
 *     the report stays as it was when the check closed, whatever happens to the corrective actions
 *     or the manual afterwards.</li>
 * <li>A check closed before reports were kept gets both files written and kept on its first
 *     download, then served as kept.</li>
 * </ul>
 * Readers: the operations team, the director and internal audit; nobody else.
 */
public final class InspectionReportService implements InspectionReports {

    static final int WORST_CASE_DEVIATIONS = 100;

    static final String ENTITY = "InspectionReport";
    /** Of actions raised from a check's findings: an incident's follow-up is in no inspection report. */
    private static final Comparator<CorrectiveAction> BY_FINDING = Comparator
            .comparing((CorrectiveAction a) -> a.finding().orElseThrow().processCode())
            .thenComparing(a -> a.finding().orElseThrow().stepCode().orElse(""))
            .thenComparing(a -> a.finding().orElseThrow().type())
            .thenComparing(CorrectiveAction::dueOn)
            .thenComparing(CorrectiveAction::title);

    private final ComplianceChecks checks;
    private final ProcessManual manual;
    private final CorrectiveActions actions;
    private final Directory directory;
    private final SettingsStore settings;
    private final InspectionReportRenderer renderer;
    private final InspectionReportArchive archive;
    private final UseCase uc;
    /** A download of a closed check's first report reads, then keeps, in two transactions. */
    private final Transactions transactions;

    public InspectionReportService(ComplianceChecks checks, ProcessManual manual, CorrectiveActions actions,
                                   Directory directory, SettingsStore settings, InspectionReportRenderer renderer,
                                   InspectionReportArchive archive, UseCase uc) {
        this.checks = checks;
        this.manual = manual;
        this.actions = actions;
        this.directory = directory;
        this.settings = settings;
        this.renderer = renderer;
        this.archive = archive;
        this.uc = uc;
        this.transactions = uc.transactions();
    }

    @Override
    public Optional<ReportFile> download(CheckId id, DocumentFormat format) {
        uc.require(READ);
        var check = transactions.readOnly(() -> checks.byId(id));
        if (check.isEmpty()) {
            return Optional.empty();
        }
        if (!check.get().closed()) {
            return transactions.readOnly(() -> draft(check.get(), format));
        }
        var kept = transactions.readOnly(() -> archive.kept(id, format));
        if (kept.isEmpty()) {
            // closed before its reports were kept: keep them now, once, and serve what was kept
            kept = transactions.inTransaction(() -> {
                keep(id);
                return archive.kept(id, format);
            });
        }
        return kept.map(InspectionReportService::served);
    }

    /**
     * Writes and keeps the report files a closed check does not have yet; a file it has stays as it
     * is. For {@link ComplianceCheckService#close}, in the transaction that closes the check, and for
     * the first download of a check closed before reports were kept.
     */
    public void keep(CheckId id) {
        var check = checks.byId(id).orElseThrow(() -> new IllegalStateException("no check " + id));
        if (!check.closed()) {
            throw new IllegalStateException("only a closed check keeps its report: " + id);
        }
        var missing = Arrays.stream(DocumentFormat.values())
                .filter(format -> archive.kept(id, format).isEmpty()).toList();
        if (missing.isEmpty()) {
            return;
        }
        var report = report(check, uc.calendar().now()).orElseThrow(() ->
                new IllegalStateException("a closed check without results: " + id));
        for (var format : missing) {
            var file = KeptReport.of(id, format, fileName(check, format, false), renderer.render(report, format),
                    report.generatedAt());
            if (archive.keep(file)) {
                uc.audit(ENTITY, id, ComplianceCheckService.label(check) + " " + format, AuditAction.CREATE, Map.of(), Map.of(
                        "file", file.fileName(), "sha256", file.sha256(), "generatedAt", file.generatedAt().toString()));
            }
        }
    }

    private Optional<ReportFile> draft(CheckEntry check, DocumentFormat format) {
        return report(check, uc.calendar().now()).map(report -> {
            var content = renderer.render(report, format);
            return new ReportFile(format, fileName(check, format, true), content, KeptReport.sha256(content),
                    report.generatedAt(), true);
        });
    }

    private static ReportFile served(KeptReport kept) {
        return new ReportFile(kept.format(), kept.fileName(), kept.content(), kept.sha256(), kept.generatedAt(),
                false);
    }

    /** "inspection-report-2026-Q2-all.pdf", "inspection-report-2026-Q2-COMPLAINT_HANDLING-draft.xlsx". */
    static String fileName(CheckEntry check, DocumentFormat format, boolean draft) {
        return "inspection-report-" + check.period().key() + "-" + check.process().map(ProcessCode::value).orElse("all")
                + (draft ? "-draft" : "") + "." + format.extension();
    }

    /** Everything the report says, as of now; empty before the check's first completed run. */
    private Optional<InspectionReport> report(CheckEntry check, Instant now) {
        var results = checks.report(check.id());
        if (results.isEmpty()) {
            return Optional.empty();
        }
        var organization = settings.load();
        var names = directory.displayNames();
        var processes = new HashMap<String, Optional<Process>>();
        var named = named(results.get(), processes);
        var today = uc.calendar().today();
        var raised = actions.all().stream()
                .filter(a -> a.finding().filter(finding -> raisedFrom(finding, check)).isPresent())
                .sorted(BY_FINDING)
                .map(a -> new RaisedAction(a, person(names, a.owner()), a.isOverdue(today)))
                .toList();
        var worst = named.worstCases().stream().map(c -> worstCase(check.id(), c, processes)).toList();
        var closing = check.closedAt().map(at -> new Closing(person(names, check.closedBy().orElse("")), at));
        var id = check.id();
        return Optional.of(new InspectionReport(organization.organizationName(), organization.timeZone(), named,
                person(names, named.run().startedBy()), closing, now, raised, worst,
                (process, offset, limit) -> checks.deviatingCases(id, process, offset, limit)));
    }

    private CheckReport named(CheckReport report, Map<String, Optional<Process>> processes) {
        return report.withProcesses(report.processes().stream()
                .map(p -> p.named(process(p.processCode(), processes).map(Process::name))).toList());
    }

    /**
     * At most the first {@value #WORST_CASE_DEVIATIONS} deviations of a worst case are listed (its summary
     * gives their number): a case can have a million, which no report reader wants — nor the heap.
     */
    private WorstCase worstCase(CheckId id, CaseSummary summary, Map<String, Optional<Process>> processes) {
        var deviations = checks.deviations(id, summary.processCode(), summary.caseId(), Optional.empty(), 0,
                WORST_CASE_DEVIATIONS);
        var version = process(summary.processCode(), processes).flatMap(p -> p.versions().stream()
                .filter(v -> v.number() == summary.version()).findFirst());
        return new WorstCase(summary, deviations, version);
    }

    private Optional<Process> process(String code, Map<String, Optional<Process>> processes) {
        return processes.computeIfAbsent(code, c -> {
            try {
                return manual.byCode(new ProcessCode(c));
            } catch (InvalidValue notACode) {
                return Optional.empty();
            }
        });
    }

    /** Raised for a finding of this check, or by hand for the same period and a process it covers. */
    static boolean raisedFrom(FindingRef finding, CheckEntry check) {
        return finding.check().map(c -> c.equals(check.id().value())).orElseGet(() ->
                finding.periodKey().equals(check.period().key())
                        && check.process().map(p -> p.value().equals(finding.processCode())).orElse(true));
    }

    private static String person(Map<String, String> names, String username) {
        return names.getOrDefault(username, username);
    }
}
