package dev.opscharter.application.compliance.service;

import dev.opscharter.application.compliance.fakes.InMemoryCheckLocks;
import dev.opscharter.application.compliance.fakes.InMemoryComplianceChecks;
import dev.opscharter.application.compliance.fakes.InMemoryExecutionRecords;
import dev.opscharter.application.compliance.fakes.InMemoryProcessManual;
import dev.opscharter.application.compliance.fakes.RecordingCheckScheduler;
import dev.opscharter.application.compliance.port.in.InspectionReports.ReportFile;
import dev.opscharter.application.compliance.port.out.InspectionReportArchive.KeptReport;
import dev.opscharter.application.organization.OrganizationFixture;
import dev.opscharter.application.shared.AccessDenied;
import dev.opscharter.application.shared.DocumentFormat;
import dev.opscharter.application.shared.RunHeartbeat;
import dev.opscharter.domain.compliance.CheckId;
import dev.opscharter.domain.compliance.CorrectiveAction;
import dev.opscharter.domain.compliance.DeviationType;
import dev.opscharter.domain.compliance.FindingRef;
import dev.opscharter.domain.compliance.Process;
import dev.opscharter.domain.compliance.ProcessCode;
import dev.opscharter.domain.compliance.ProcessStep;
import dev.opscharter.domain.compliance.ProcessVersion;
import dev.opscharter.domain.compliance.StepCode;
import dev.opscharter.domain.shared.Actor;
import dev.opscharter.domain.shared.AuditEntry.AuditAction;
import dev.opscharter.domain.shared.AuditEntry;
import dev.opscharter.domain.shared.BilingualName;
import dev.opscharter.domain.shared.LimitBasis;
import dev.opscharter.domain.shared.Period;
import dev.opscharter.domain.shared.Role;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The inspection report on fakes, with the real check service producing the results: a draft while
 * the check is open, two files kept when it closes, the kept bytes served from then on. The fake
 * renderer writes what it was given as lines of text, so the tests can read what a report says.
 */
class InspectionReportServiceTest {

    static final Period.Quarter Q2 = new Period.Quarter(2026, 2);
    static final String COMPLAINT = "COMPLAINT_HANDLING";

    final OrganizationFixture org = new OrganizationFixture();
    final InMemoryProcessManual manual = new InMemoryProcessManual();
    final InMemoryExecutionRecords records = new InMemoryExecutionRecords();
    final InMemoryComplianceChecks checks = new InMemoryComplianceChecks();
    final InspectionReportFixture reports = new InspectionReportFixture(checks, manual, org);
    final ComplianceCheckService check = new ComplianceCheckService(manual, records, checks, new InMemoryCheckLocks(),
            new RecordingCheckScheduler(), org.useCase,
            reports.service, new RunHeartbeat("this-instance", Duration.ofMinutes(1), Duration.ofMinutes(2), org.clock));
    final InspectionReportService service = reports.service;

    final Actor manager = Actor.user("manager", Set.of(Role.OPS_MANAGER));
    final Actor specialist = Actor.user("specialist", Set.of(Role.OPS_SPECIALIST));
    final Actor auditor = Actor.user("auditor", Set.of(Role.AUDITOR));
    final Actor director = Actor.user("director", Set.of(Role.OPS_DIRECTOR));

    InspectionReportServiceTest() {
        org.clock.set(Instant.parse("2026-07-10T02:00:00Z"));
        var steps = List.of(
                new ProcessStep(new StepCode("S1"), new BilingualName("登记", "Register"), true, Set.of("CLERK"),
                        Optional.empty()),
                new ProcessStep(new StepCode("S2"), new BilingualName("处理", "Handle"), true, Set.of("AGENT"),
                        Optional.of(Duration.ofHours(24))),
                new ProcessStep(new StepCode("S3"), new BilingualName("结案", "Close"), true, Set.of("AGENT"),
                        Optional.empty()));
        manual.save(Process.define(new ProcessCode(COMPLAINT), new BilingualName("投诉处理", "Complaint handling"),
                new ProcessVersion(1, LocalDate.of(2026, 1, 1), steps, Optional.of(Duration.ofDays(5)),
                        Set.of(new StepCode("S3")), LimitBasis.CALENDAR)));
        // one compliant case, one whose second step came 30 hours after the first (limit 24)
        recordCase("OK-1", "2026-04-20T01:00:00Z", 2, "AGENT");
        recordCase("LATE-1", "2026-04-21T01:00:00Z", 30, "AGENT");
        org.actAs(specialist);
    }

    void recordCase(String caseId, String start, int hours, String secondRole) {
        var at = Instant.parse(start);
        try (var batch = records.begin("test", "specialist")) {
            batch.add(caseId, COMPLAINT, "S1", "CLERK", at);
            batch.add(caseId, COMPLAINT, "S2", secondRole, at.plus(Duration.ofHours(hours)));
            batch.add(caseId, COMPLAINT, "S3", "AGENT", at.plus(Duration.ofHours(hours + 1)));
            batch.commit();
        }
    }

    CheckId checked() {
        return check.run(Q2, Optional.empty());
    }

    CorrectiveAction raise(CheckId id, String title, String owner) {
        var finding = new FindingRef(id.value(), Q2.key(), COMPLAINT, DeviationType.STEP_LATE, "S2");
        return reports.actions.save(CorrectiveAction.create(finding, "S2 late in 1 case", 1, title, owner,
                LocalDate.of(2026, 7, 31), "", manager, org.clock.instant()));
    }

    void close(CheckId id) {
        org.actAs(manager);
        check.close(id);
    }

    static String text(ReportFile file) {
        return new String(file.content(), StandardCharsets.UTF_8);
    }

    @Test
    void an_open_check_serves_a_draft_written_from_its_current_results_and_keeps_nothing() {
        var id = checked();
        org.actAs(auditor);

        var draft = service.download(id, DocumentFormat.PDF).orElseThrow();

        assertThat(draft.draft()).isTrue();
        assertThat(draft.fileName()).isEqualTo("inspection-report-2026-Q2-all-draft.pdf");
        assertThat(draft.contentType()).isEqualTo("application/pdf");
        assertThat(draft.generatedAt()).isEqualTo(org.clock.instant());
        assertThat(draft.sha256()).isEqualTo(KeptReport.sha256(draft.content()));
        assertThat(text(draft)).contains("DRAFT at 2026-07-10T02:00:00Z", "rate 1/2", "ran by 张晓雨",
                "process COMPLAINT_HANDLING 投诉处理/Complaint handling", "deviating COMPLAINT_HANDLING/LATE-1");
        assertThat(reports.archive.all()).isEmpty();

        // run again with one more late case: the next draft says so
        recordCase("LATE-2", "2026-05-02T01:00:00Z", 40, "AGENT");
        org.actAs(specialist);
        check.run(Q2, Optional.empty());
        org.clock.set(Instant.parse("2026-07-11T02:00:00Z"));
        var excel = service.download(id, DocumentFormat.EXCEL).orElseThrow();
        assertThat(excel.fileName()).isEqualTo("inspection-report-2026-Q2-all-draft.xlsx");
        assertThat(text(excel)).startsWith("EXCEL").contains("DRAFT at 2026-07-11T02:00:00Z", "rate 1/3",
                "deviating COMPLAINT_HANDLING/LATE-2");
        assertThat(reports.archive.all()).isEmpty();
    }

    @Test
    void closing_the_check_writes_both_files_once_and_keeps_them_with_the_check() {
        var id = checked();
        org.clock.set(Instant.parse("2026-07-12T03:00:00Z"));

        close(id);

        assertThat(reports.renderer.formats()).containsExactlyInAnyOrder(DocumentFormat.PDF, DocumentFormat.EXCEL);
        assertThat(reports.renderer.rendered()).allSatisfy(r -> {
            assertThat(r.draft()).isFalse();
            assertThat(r.closing()).hasValueSatisfying(c -> {
                assertThat(c.closedBy()).isEqualTo("李明");
                assertThat(c.closedAt()).isEqualTo(Instant.parse("2026-07-12T03:00:00Z"));
            });
        });
        assertThat(reports.archive.all()).extracting(KeptReport::fileName).containsExactlyInAnyOrder(
                "inspection-report-2026-Q2-all.pdf", "inspection-report-2026-Q2-all.xlsx");
        assertThat(reports.archive.all()).allSatisfy(kept -> {
            assertThat(kept.sha256()).isEqualTo(KeptReport.sha256(kept.content()));
            assertThat(new String(kept.content(), StandardCharsets.UTF_8))
                    .contains("closed by 李明 at 2026-07-12T03:00:00Z").doesNotContain("DRAFT");
        });

        assertThat(reports()).extracting(AuditEntry::actor, AuditEntry::entityLabel, AuditEntry::action)
                .containsExactlyInAnyOrder(tuple("manager", "2026-Q2 * PDF", AuditAction.CREATE),
                        tuple("manager", "2026-Q2 * EXCEL", AuditAction.CREATE));
        assertThat(reports()).allSatisfy(e -> assertThat(e.changes()).extracting(c -> c.field())
                .containsExactlyInAnyOrder("file", "sha256", "generatedAt"));

        // downloads and a second attempt to keep write nothing more
        org.actAs(auditor);
        service.download(id, DocumentFormat.PDF).orElseThrow();
        service.download(id, DocumentFormat.EXCEL).orElseThrow();
        service.keep(id);
        assertThat(reports.renderer.rendered()).hasSize(2);
        assertThat(reports()).hasSize(2);
    }

    List<AuditEntry> reports() {
        return org.auditLog.entries().stream().filter(e -> e.entityType().equals("InspectionReport")).toList();
    }

    @Test
    void a_closed_check_serves_exactly_the_kept_bytes_even_after_its_corrective_actions_changed() {
        var id = checked();
        var action = raise(id, "缩短处理时限", "owner");
        close(id);
        org.actAs(auditor);
        var atClose = service.download(id, DocumentFormat.PDF).orElseThrow();
        var keptAtClose = reports.archive.kept(id, DocumentFormat.PDF).orElseThrow();

        // the owner starts the action, the manager moves its due date, a day passes
        var ownerActor = Actor.user("owner", Set.of(Role.OPS_SPECIALIST));
        var started = reports.actions.save(action.start(ownerActor, org.clock.instant(), action.version()));
        reports.actions.save(started.reassign(manager, "specialist", LocalDate.of(2026, 9, 30), org.clock.instant(),
                started.version()));
        org.clock.set(Instant.parse("2026-08-20T02:00:00Z"));
        org.actAs(director);
        var later = service.download(id, DocumentFormat.PDF).orElseThrow();

        assertThat(later.draft()).isFalse();
        assertThat(later.content()).isEqualTo(atClose.content()).isEqualTo(keptAtClose.content());
        assertThat(later.sha256()).isEqualTo(atClose.sha256()).isEqualTo(keptAtClose.sha256());
        assertThat(later.generatedAt()).isEqualTo(Instant.parse("2026-07-10T02:00:00Z"));
        assertThat(later.fileName()).isEqualTo("inspection-report-2026-Q2-all.pdf");
        assertThat(text(later)).contains("action 缩短处理时限 王芳 OPEN").doesNotContain("IN_PROGRESS");
        assertThat(reports.renderer.rendered()).hasSize(2);
    }

    @Test
    void the_operations_team_the_director_and_the_auditor_read_reports_and_nobody_else() {
        var id = checked();
        for (var reader : List.of(manager, specialist, director, auditor)) {
            org.actAs(reader);
            assertThat(service.download(id, DocumentFormat.PDF)).as(reader.name()).isPresent();
        }
        for (var outsider : List.of(Actor.user("lead", Set.of(Role.DEPARTMENT_LEAD)),
                Actor.user("admin", Set.of(Role.ADMIN)))) {
            org.actAs(outsider);
            assertThatThrownBy(() -> service.download(id, DocumentFormat.EXCEL)).as(outsider.name())
                    .isInstanceOf(AccessDenied.class);
        }
        close(id);
        org.actAs(Actor.user("lead", Set.of(Role.DEPARTMENT_LEAD)));
        assertThatThrownBy(() -> service.download(id, DocumentFormat.PDF)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void a_check_closed_before_reports_were_kept_gets_them_on_its_first_download_then_serves_them_as_kept() {
        var id = checked();
        // closed the way checks were closed before this feature: no report kept
        checks.close(id, "manager", Instant.parse("2026-07-10T05:00:00Z"));
        org.clock.set(Instant.parse("2026-09-01T02:00:00Z"));
        org.actAs(auditor);

        var first = service.download(id, DocumentFormat.EXCEL).orElseThrow();

        assertThat(first.draft()).isFalse();
        assertThat(first.generatedAt()).isEqualTo(Instant.parse("2026-09-01T02:00:00Z"));
        assertThat(text(first)).contains("closed by 李明 at 2026-07-10T05:00:00Z");
        assertThat(reports.archive.all()).hasSize(2);
        assertThat(reports.renderer.rendered()).hasSize(2);
        assertThat(reports()).hasSize(2).allSatisfy(e -> assertThat(e.actor()).isEqualTo("auditor"));

        org.clock.set(Instant.parse("2026-09-02T02:00:00Z"));
        var pdf = service.download(id, DocumentFormat.PDF).orElseThrow();
        var again = service.download(id, DocumentFormat.EXCEL).orElseThrow();
        assertThat(again.content()).isEqualTo(first.content());
        assertThat(again.sha256()).isEqualTo(first.sha256());
        assertThat(pdf.generatedAt()).isEqualTo(first.generatedAt());
        assertThat(reports.renderer.rendered()).hasSize(2);
    }

    @Test
    void only_the_missing_format_is_written_when_one_was_kept_already() {
        var id = checked();
        checks.close(id, "manager", Instant.parse("2026-07-10T05:00:00Z"));
        var earlier = KeptReport.of(id, DocumentFormat.PDF, "kept-earlier.pdf", "earlier".getBytes(StandardCharsets.UTF_8),
                Instant.parse("2026-07-10T05:00:00Z"));
        reports.archive.keep(earlier);
        org.actAs(auditor);

        var pdf = service.download(id, DocumentFormat.PDF).orElseThrow();
        var excel = service.download(id, DocumentFormat.EXCEL).orElseThrow();

        assertThat(pdf.fileName()).isEqualTo("kept-earlier.pdf");
        assertThat(text(pdf)).isEqualTo("earlier");
        assertThat(text(excel)).startsWith("EXCEL");
        assertThat(reports.renderer.formats()).containsExactly(DocumentFormat.EXCEL);
        assertThat(reports.archive.keep(KeptReport.of(id, DocumentFormat.PDF, "again.pdf", new byte[] {1},
                Instant.now()))).isFalse();
        assertThat(text(service.download(id, DocumentFormat.PDF).orElseThrow())).isEqualTo("earlier");
    }

    @Test
    void the_report_has_the_actions_raised_from_this_checks_findings_and_the_worst_cases_with_their_deviations() {
        var id = checked();
        raise(id, "缩短处理时限", "owner");
        // raised by hand for the same period, and one for another check of the same period
        reports.actions.save(CorrectiveAction.create(new FindingRef(null, Q2.key(), COMPLAINT,
                DeviationType.STEP_LATE, "S2"), "", 1, "培训坐席", "specialist", LocalDate.of(2026, 7, 1), "",
                manager, org.clock.instant()));
        reports.actions.save(CorrectiveAction.create(new FindingRef(UUID.randomUUID(), Q2.key(), COMPLAINT,
                DeviationType.WRONG_ROLE, "S2"), "", 1, "别的检查", "owner", LocalDate.of(2026, 7, 31), "",
                manager, org.clock.instant()));
        org.actAs(auditor);

        var report = text(service.download(id, DocumentFormat.PDF).orElseThrow());

        // 1 July has passed on 10 July: the hand-raised action is overdue
        assertThat(report).contains("action 缩短处理时限 王芳 OPEN\n", "action 培训坐席 张晓雨 OPEN overdue")
                .doesNotContain("别的检查");
        assertThat(report).contains("worst LATE-1 v1 STEP_LATE@S2");
        var worst = reports.renderer.rendered().getLast().worstCases().getFirst();
        assertThat(worst.deviations()).singleElement().satisfies(d -> {
            assertThat(d.taken()).isEqualTo(Duration.ofHours(30));
            assertThat(d.limit()).isEqualTo(Duration.ofHours(24));
        });
        assertThat(worst.version()).hasValueSatisfying(v -> assertThat(v.step("S2")).isPresent());
        assertThat(reports.renderer.rendered().getLast().organizationName())
                .isEqualTo(org.settings.load().organizationName());
        assertThat(reports.renderer.rendered().getLast().deviatingCaseCount()).isEqualTo(1);
    }

    @Test
    void there_is_no_report_of_an_unknown_check_or_of_one_without_a_completed_run() {
        org.actAs(manager);
        assertThat(service.download(CheckId.random(), DocumentFormat.PDF)).isEmpty();

        var queued = check.start(Q2, Optional.empty());
        assertThat(service.download(queued, DocumentFormat.PDF)).isEmpty();
        assertThat(reports.renderer.rendered()).isEmpty();
    }
}
